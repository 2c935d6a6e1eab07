package dev.conch.scripts;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.shell.Batch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one example script exactly as {@code ./shell FILE.groovy} does, through {@link Batch}: a
 * fresh runtime, the whole file as one run that waits for its non-daemon tasks and cuts off its
 * daemons, no arguments, English messages. Stateless.
 */
final class ScriptRun {
  /** How error-stream lines show after the printed lines, so that a golden file can expect them. */
  static final String ERROR_PREFIX = "[stderr] ";

  private ScriptRun() {}

  /**
   * Runs {@code script} and returns the lines it printed, then its error lines.
   *
   * @throws AssertionError when the script exits with a code other than 0
   */
  static List<String> run(Path script) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Batch(o, e, Messages.of(Lang.EN)).runFile(script, List.of());
    }
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    err.toString(StandardCharsets.UTF_8).lines().forEach(l -> lines.add(ERROR_PREFIX + l));
    if (code != Batch.OK) {
      throw new AssertionError(
          script.getFileName()
              + " exited with "
              + code
              + "\n--- printed ---\n"
              + String.join("\n", lines));
    }
    return lines;
  }
}
