package dev.conch.shell.errors;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.ErrorWording;
import dev.conch.dsl.UsageError;
import dev.conch.dsl.compile.CompileError;
import dev.conch.i18n.Messages;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.KeyedError;
import dev.conch.runtime.errors.MemoryError;
import dev.conch.runtime.errors.TaskFailedError;
import dev.conch.runtime.pool.JobFailedError;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.codehaus.groovy.runtime.metaclass.MethodSelectionException;

/** Turns an evaluation's error into the lines a learner reads. Stateless. */
public final class ErrorText {
  /** A member read from what {@code join()} gave: {@code .join().result}, {@code .join()?.x}. */
  private static final Pattern JOINED_THEN_READ =
      Pattern.compile("\\.join\\(\\)\\s*\\??\\.\\s*\\w");

  private ErrorText() {}

  /** The lines describing {@code error}, raised while task {@code taskName} ran. */
  public static List<String> lines(Throwable error, String taskName, Messages messages) {
    return lines(error, taskName, messages, "", Set.of());
  }

  /**
   * The lines describing {@code error}, raised while task {@code taskName} ran {@code code}, in a
   * session that has the names {@code known}: those help the advice for a name that is not defined.
   */
  public static List<String> lines(
      Throwable error, String taskName, Messages messages, String code, Collection<String> known) {
    List<String> lines = new ArrayList<>();
    Optional<String> undefined =
        ErrorWording.undefinedVariable(error)
            .or(() -> ErrorWording.undefinedMethod(error))
            .flatMap(name -> NameAdvice.undefined(name, code, known, messages));
    if (error instanceof CompileError ce && ce.key() != null) {
      lines.add(messages.get(ce.key(), ce.args()));
    } else if (error instanceof CompileError ce) {
      GroovyErrorWords.above(error, messages).ifPresent(lines::add);
      String problem =
          ce.hint().map(h -> messages.get(h.key(), h.values())).orElse(ce.getMessage());
      lines.add(messages.get("error.compile", ce.line(), ce.column(), problem));
      if (!ce.sourceLine().isEmpty()) {
        lines.add("  " + ce.sourceLine());
        lines.add("  " + " ".repeat(Math.max(0, ce.column() - 1)) + "^");
      }
    } else if (error instanceof UsageError ue) {
      lines.add(ue.problem(messages));
      usage(ue.builtin(), lines, messages);
    } else if (undefined.isPresent()) {
      lines.add(messages.get("error.runtime", taskName, undefined.get()));
    } else if (ErrorWording.undefinedVariable(error).isPresent()) {
      String name = ErrorWording.undefinedVariable(error).get();
      lines.add(messages.get("error.undefined", taskName, name, name));
    } else {
      // a call Conch words itself needs no line on Groovy's words above it; oneLine says it, with
      // the pool job it failed in, when it failed in one
      if (methodLine(error, messages).isEmpty()) {
        GroovyErrorWords.above(error, messages).ifPresent(lines::add);
      }
      lines.add(messages.get("error.runtime", taskName, oneLine(error, messages)));
      MethodAdvice.builtinCalled(error).ifPresent(b -> usage(b, lines, messages));
      if (readsWhatJoinGave(error, code)) {
        lines.add("  " + messages.get("error.join.nothing"));
      }
    }
    return lines;
  }

  /**
   * Whether {@code error} is Groovy's error for a member of null and {@code code} reads one from
   * what {@code join()} gave ({@code process { 5 }.join().result}): join gives nothing, as
   * Python's.
   */
  private static boolean readsWhatJoinGave(Throwable error, String code) {
    return error instanceof NullPointerException npe
        && npe.getMessage() != null
        && npe.getMessage().endsWith("on null object")
        && JOINED_THEN_READ.matcher(code).find();
  }

  /** How {@code builtin} is called, and where its help is, below the line of what went wrong. */
  private static void usage(Builtin builtin, List<String> lines, Messages messages) {
    lines.add("  " + messages.get("help.synopsis", builtin.synopsis()));
    lines.add("  " + messages.get("error.usage.try", builtin.name()));
  }

  /**
   * One line for {@code error} in the learner's language where Conch knows the words (misuse of a
   * runtime object, a failed task or pool job, a timeout), else its type and message.
   */
  public static String oneLine(Throwable error, Messages messages) {
    JobFailedError job = JobFailedError.noteOn(error);
    return job == null ? described(error, messages) : jobLine(job, messages);
  }

  /** Where a pool's job failed, then its own error. */
  private static String jobLine(JobFailedError failed, Messages messages) {
    return messages.get(
        "runtime.pool.job.failed",
        RuntimeWords.localized(failed.pool(), messages),
        failed.call(),
        failed.worker(),
        failed.job(),
        described(failed.getCause(), messages));
  }

  private static String described(Throwable error, Messages messages) {
    if (error instanceof MemoryError memory) {
      return OutOfMemoryText.line(memory, messages);
    }
    if (error instanceof OutOfMemoryError memory) {
      return OutOfMemoryText.line(memory, messages);
    }
    if (error instanceof UsageError usage) {
      return usage.problem(messages);
    }
    if (error instanceof TaskFailedError failed && failed.getCause() != null) {
      return messages.get(
          "runtime.task.failed", failed.taskName(), oneLine(failed.getCause(), messages));
    }
    if (error instanceof JobFailedError failed && failed.getCause() != null) {
      return jobLine(failed, messages);
    }
    if (error instanceof KeyedError keyed && messages.has("runtime." + keyed.key())) {
      return messages.get("runtime." + keyed.key(), RuntimeWords.localized(keyed.args(), messages));
    }
    Optional<String> undefined =
        ErrorWording.undefinedVariable(error)
            .or(() -> ErrorWording.undefinedMethod(error))
            .flatMap(name -> NameAdvice.undefined(name, "", Set.of(), messages));
    if (undefined.isPresent()) {
      return undefined.get();
    }
    return methodLine(error, messages).orElseGet(() -> Errors.oneLine(error));
  }

  /**
   * Conch's words for a call no method answers ({@link MethodAdvice}), a property a value does not
   * have ({@link PropertyAdvice}), or a function nobody defined; empty for any other error.
   */
  private static Optional<String> methodLine(Throwable error, Messages messages) {
    if (error instanceof MethodSelectionException unchosen) {
      return MethodAdvice.advice(unchosen, messages);
    }
    if (error instanceof MissingPropertyException absent) {
      return PropertyAdvice.advice(absent, messages);
    }
    if (!(error instanceof MissingMethodException missing)) {
      return Optional.empty();
    }
    return MethodAdvice.advice(missing, messages)
        .or(
            () ->
                ErrorWording.undefinedMethod(error)
                    .map(name -> messages.get("error.method.undefined", name)));
  }
}
