package dev.conch.shell;

import dev.conch.dsl.ErrorWording;
import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.dsl.compile.CompileError;
import dev.conch.dsl.python.PythonSyntax;
import dev.conch.i18n.Messages;
import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.shell.errors.ErrorText;
import dev.conch.shell.errors.UnclosedQuote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

/** Shows what a line gave: its value, its error, or that it was interrupted. Stateless. */
public final class OutcomeReport {
  private final Session session;

  OutcomeReport(Session session) {
    this.session = session;
  }

  /**
   * Shows what {@code code} gave; {@code typed} when the learner typed it, as opposed to a script
   * that ran whole ({@code /run}, {@code /step}), which shows what it printed and its error, not
   * the value its last line happens to end in, as {@code ./shell FILE} does.
   */
  void show(Outcome outcome, String code, boolean typed) {
    Messages messages = session.messages();
    if (outcome.failed()) {
      session.setLastError(outcome.error());
      if (Errors.isInterruption(outcome.error())) {
        long stopped =
            outcome.run().spawned().stream()
                .filter(t -> t.getState() != TaskState.DONE && t.getState() != TaskState.FAILED)
                .count();
        session.print(
            stopped == 0
                ? messages.get("interrupted")
                : messages.get("interrupted.tasks", stopped));
      } else if (typed && outcome.error() instanceof CompileError) {
        session.printWrapped(
            UnclosedQuote.error(code, messages)
                .map(List::of)
                .orElseGet(
                    () -> ErrorText.lines(outcome.error(), "main", messages, code, known())));
      } else {
        List<String> lines = ErrorText.lines(outcome.error(), "main", messages, code, known());
        session.printWrapped(typed ? withFailedSetting(lines, outcome.error()) : lines);
      }
      if (typed) {
        session.failedSettings().failed(code);
      }
      return;
    }
    if (typed) {
      session.failedSettings().ran(code);
    }
    if (typed && outcome.showValue()) {
      Object value = outcome.value();
      session.print(messages.get("value", shown(value, () -> render(value), messages)));
    }
    if (typed && PythonSyntax.printsWithoutNewline(code) && session.firstNote("print")) {
      session.print(messages.get("python.print.note"));
    }
  }

  /**
   * {@code lines} for {@code error}, and when it is a variable that is not defined because the
   * typed line that was to set it failed, a line saying so.
   */
  private List<String> withFailedSetting(List<String> lines, Throwable error) {
    Optional<String> line =
        ErrorWording.undefinedVariable(error)
            .filter(name -> !known().contains(name))
            .flatMap(name -> session.failedSettings().lineThatFailed(name));
    if (line.isEmpty()) {
      return lines;
    }
    List<String> more = new ArrayList<>(lines);
    more.add("  " + session.messages().get("error.undefined.failed", line.get()));
    return more;
  }

  /** The names the session has now: its variables and methods. */
  private Set<String> known() {
    ScriptHost host = session.hostIfReady();
    if (host == null) {
      return Set.of();
    }
    Set<String> names = new HashSet<>(host.variables().keySet());
    names.addAll(host.methods());
    return names;
  }

  /**
   * What {@code how} makes of {@code value}, or one line saying it cannot be shown when the value's
   * own code fails (a {@code toString} that throws). Memory running out is left to the REPL.
   */
  public static String shown(Object value, Supplier<String> how, Messages messages) {
    try {
      return how.get();
    } catch (RuntimeException | Error e) {
      if (e instanceof OutOfMemoryError memory) {
        throw memory;
      }
      return messages.get("value.unshown", value.getClass().getSimpleName(), Errors.oneLine(e));
    }
  }

  /**
   * A value as the prompt shows it: a task with its state ({@code task worker (sleeping)}), and so
   * is each task of a list, as {@code ps*.start()} gives; anything else as Groovy inspects it.
   */
  public static String render(Object value) {
    if (value instanceof Task task) {
      return task + " (" + task.getState() + ")";
    }
    if (value instanceof List<?> list && list.stream().anyMatch(Task.class::isInstance)) {
      StringJoiner shown = new StringJoiner(", ", "[", "]");
      list.forEach(item -> shown.add(render(item)));
      return shown.toString();
    }
    return ScriptHost.inspect(value);
  }
}
