package dev.conch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code java} command line that the launcher {@code ./shell} ends in, read from a trace of the
 * launcher ({@code bash -x ./shell -e 1}) rather than rebuilt here, so that timing it directly
 * shows the launcher's own cost and stays true when the launcher's JVM options change.
 */
final class LauncherCommand {
  /** Long enough for the trace run to rebuild Conch when its sources changed. */
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private static final String EXEC = "+ exec ";

  private LauncherCommand() {}

  /** The command that {@code shell} execs for {@code shell -e 1}, without the {@code -e 1}. */
  static List<String> of(Path shell) throws ProbeException, InterruptedException {
    List<String> args = List.of("-e", "1");
    List<String> command = new ArrayList<>(List.of("bash", "-x", shell.toString()));
    command.addAll(args);
    String trace = Capture.run(command, Map.of("PS4", "+ "), LIMIT);
    String exec =
        trace.lines().filter(line -> line.startsWith(EXEC)).reduce((a, b) -> b).orElse("");
    List<String> words = exec.isEmpty() ? List.of() : parse(exec);
    int keep = words.size() - args.size();
    if (keep < 1 || !words.subList(keep, words.size()).equals(args)) {
      throw new ProbeException(
          "bash -x " + shell + ": no 'exec … -e 1' line in its trace: " + exec.strip());
    }
    return List.copyOf(words.subList(0, keep));
  }

  /**
   * The words of one {@code bash -x} trace line of an {@code exec}: {@code + exec a 'b c' d} gives
   * {@code [a, b c, d]}. Understands the quoting bash uses in traces: single quotes, and backslash
   * escapes outside them ({@code '\''} for a quote inside a quoted word).
   */
  static List<String> parse(String line) {
    if (!line.startsWith(EXEC)) {
      throw new IllegalArgumentException("not an exec trace line: " + line);
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    String rest = line.substring(EXEC.length());
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (!quoted && Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        continue;
      }
      word = word == null ? new StringBuilder() : word;
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '\\' && !quoted && i + 1 < rest.length()) {
        word.append(rest.charAt(++i));
      } else {
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
