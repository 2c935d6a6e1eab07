package dev.conch.scripts;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.Errors;
import dev.conch.runtime.Runtime;
import dev.conch.runtime.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs one example script as batch mode will ({@code ./shell FILE.groovy}): a fresh runtime, the
 * whole file evaluated as one script that waits for its non-daemon tasks and cuts off its daemons,
 * no arguments. The one place to switch to the real batch runner once it exists. Stateless.
 */
final class ScriptRun {
  /** How error-stream lines show among the printed lines, so that a golden file can expect them. */
  static final String ERROR_PREFIX = "[stderr] ";

  private ScriptRun() {}

  /**
   * Runs {@code script} and returns the lines it printed, in the order they were printed.
   *
   * @throws AssertionError when the script fails, or leaves a task running after the runtime closed
   */
  static List<String> run(Path script) throws IOException {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    String code = Files.readString(script);
    Runtime rt =
        Runtime.create((task, text, error) -> lines.add(error ? ERROR_PREFIX + text : text));
    Outcome outcome;
    try {
      ScriptHost host = new ScriptHost(rt, rt.output().out());
      host.setVariable("args", new String[0]);
      outcome = host.evaluate(code, script.getFileName().toString(), true);
    } finally {
      rt.close();
    }
    List<String> leftBehind = rt.tasks().live().stream().map(Task::getName).toList();
    List<String> printed;
    synchronized (lines) {
      printed = List.copyOf(lines);
    }
    if (outcome.failed()) {
      throw new AssertionError(
          script.getFileName()
              + " failed: "
              + Errors.oneLine(outcome.error())
              + printedSoFar(printed),
          outcome.error());
    }
    if (!leftBehind.isEmpty()) {
      throw new AssertionError(
          script.getFileName() + " left tasks running after the runtime closed: " + leftBehind);
    }
    return printed;
  }

  private static String printedSoFar(List<String> printed) {
    return "\n--- printed ---\n" + String.join("\n", printed);
  }
}
