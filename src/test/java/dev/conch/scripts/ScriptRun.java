package dev.conch.scripts;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.net.Lab;
import dev.conch.net.LabConch;
import dev.conch.shell.Batch;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one example script exactly as {@code ./shell FILE.groovy} does, through {@link Batch}: a
 * fresh runtime, the whole file as one run that waits for its non-daemon tasks and cuts off its
 * daemons, no arguments, English messages. Stateless.
 */
final class ScriptRun {
  /** How error-stream lines show after the printed lines, so that a golden file can expect them. */
  static final String ERROR_PREFIX = "[stderr] ";

  /** A golden file whose first line is {@code {exit N}} expects that exit code instead of 0. */
  private static final Pattern EXIT = Pattern.compile("\\{exit (\\d)}\\R");

  /**
   * A golden file whose first line is {@code {lab}} is for a script that probes the classroom
   * network: it runs inside the lab's namespace, as {@code ./shell lab shell FILE} does.
   */
  private static final String LAB = "{lab}";

  /** Whether {@code golden} is for a script that runs in the lab. */
  static boolean inLab(String golden) {
    return golden.startsWith(LAB + "\n");
  }

  /** The golden text without its {@code {lab}} line. */
  static String withoutLabLine(String golden) {
    return inLab(golden) ? golden.substring(LAB.length() + 1) : golden;
  }

  /**
   * Runs {@code script} inside the lab as {@code ./shell lab shell FILE} does, and returns the
   * lines it printed, then its error lines.
   *
   * @throws AssertionError when the script exits with a code other than {@code exit}
   */
  static List<String> runInLab(Path script, int exit) throws Exception {
    Lab.Result result =
        LabConch.shell(null, java.time.Duration.ofSeconds(60), List.of(script.toString()));
    List<String> lines = new ArrayList<>(result.stdout().lines().toList());
    result.stderr().lines().forEach(l -> lines.add(ERROR_PREFIX + l));
    if (result.exitCode() != exit) {
      throw new AssertionError(
          script.getFileName()
              + " exited with "
              + result.exitCode()
              + " instead of "
              + exit
              + "\n--- printed ---\n"
              + String.join("\n", lines));
    }
    return lines;
  }

  private ScriptRun() {}

  /** The exit code a golden file expects: 0 unless its first line says {@code {exit N}}. */
  static int expectedExit(String golden) {
    Matcher m = EXIT.matcher(golden);
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : Batch.OK;
  }

  /** The golden text without its {@code {exit N}} line. */
  static String withoutExitLine(String golden) {
    Matcher m = EXIT.matcher(golden);
    return m.lookingAt() ? golden.substring(m.end()) : golden;
  }

  /**
   * Runs {@code script} and returns the lines it printed, then its error lines.
   *
   * @throws AssertionError when the script exits with a code other than {@code exit}
   */
  static List<String> run(Path script, int exit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = new Batch(o, e, Messages.of(Lang.EN)).runFile(script, List.of());
    }
    List<String> lines = new ArrayList<>(out.toString(StandardCharsets.UTF_8).lines().toList());
    err.toString(StandardCharsets.UTF_8).lines().forEach(l -> lines.add(ERROR_PREFIX + l));
    if (code != exit) {
      throw new AssertionError(
          script.getFileName()
              + " exited with "
              + code
              + " instead of "
              + exit
              + "\n--- printed ---\n"
              + String.join("\n", lines));
    }
    return lines;
  }
}
