package dev.conch.shell;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.PrintStyle;
import dev.conch.dsl.ScriptHost;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.LineInput;
import dev.conch.runtime.OutputRouter;
import dev.conch.shell.errors.DeadlockReporter;
import dev.conch.shell.errors.ErrorText;
import dev.conch.shell.errors.FailureReporter;
import dev.conch.shell.errors.RaceReporter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one file or one piece of code without a prompt, as {@code ./shell FILE} and {@code ./shell
 * -e CODE} do: the run lasts until its non-daemon tasks end, daemons are cut off, and the exit code
 * says how it went (0 ok, 1 failure, 2 usage). Confined to the calling thread.
 */
public final class Batch {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private final PrintStream out;
  private final PrintStream err;
  private final Messages messages;

  /** A batch runner writing task output to {@code out} and errors to {@code err}. */
  public Batch(PrintStream out, PrintStream err, Messages messages) {
    this.out = out;
    this.err = err;
    this.messages = messages;
  }

  /** Runs the script {@code file} with {@code args}. */
  public int runFile(Path file, List<String> args) {
    String code;
    try {
      code = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      err.println("conch: " + messages.get("error.file", file, e.getClass().getSimpleName()));
      return USAGE;
    }
    return runCode(code, file.getFileName().toString(), args);
  }

  /** Runs {@code code}, labelled {@code label} in the timeline, with {@code args}. */
  public int runCode(String code, String label, List<String> args) {
    try (ConchRuntime runtime = ConchRuntime.create(OutputRouter.plain(out))) {
      // the children the code will want start now, beside the session's own start, not after it
      ScriptHost.prepareChildren(runtime, code);
      PrintStream previous = System.out;
      System.setOut(runtime.output().out());
      runtime.slots().put(LineInput.KEY, new LineInput.StandardInput(System.in, out));
      runtime.tasks().addListener(new FailureReporter(() -> messages, err::println));
      DeadlockReporter deadlocks = new DeadlockReporter(() -> messages, err::println, true);
      runtime.deadlocks().addListener(deadlocks);
      runtime.deadlocks().start();
      runtime.tasks().races().addListener(new RaceReporter(() -> messages, err::println));
      try {
        ScriptHost host = new ScriptHost(runtime, runtime.output().out());
        host.setLook(new PrintStyle(messages.lang(), false));
        host.setVariable("args", args.toArray(new String[0]));
        Outcome outcome = host.evaluate(code, label, true);
        if (outcome.failed()) {
          Set<String> known = new HashSet<>(host.variables().keySet());
          known.addAll(host.methods());
          for (String line : ErrorText.lines(outcome.error(), "main", messages, code, known)) {
            err.println(line);
          }
          return FAILURE;
        }
        return deadlocks.latest() == null ? OK : FAILURE;
      } finally {
        System.setOut(previous);
      }
    }
  }
}
