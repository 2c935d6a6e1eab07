package dev.conch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a program that times its own work and prints the seconds on a line matching a pattern (as
 * Conch's scripts do: {@code … took 0.12 s}), several times, and gathers what it printed. Timing
 * inside the program leaves out its start-up, which is measured by the startup benchmark.
 */
final class PrintedTimes {
  private static final Duration LIMIT = Duration.ofMinutes(3);

  /** How Conch's scripts and the CPython baselines print their time: {@code took 0.123 s}. */
  static final Pattern TOOK = Pattern.compile("took (\\d+\\.\\d+) s");

  private PrintedTimes() {}

  /**
   * The statistics of the seconds {@code command} prints, run {@code runs} times, one list per
   * pattern (each pattern's first group is the seconds).
   *
   * @throws ProbeException when a run fails or does not print a pattern
   */
  static List<Stats> of(List<String> command, int runs, Pattern... patterns)
      throws ProbeException, InterruptedException {
    List<List<Duration>> samples = new ArrayList<>();
    for (Pattern ignored : patterns) {
      samples.add(new ArrayList<>());
    }
    for (int run = 0; run < runs; run++) {
      String printed = Capture.run(command, Map.of("NO_COLOR", "1"), LIMIT);
      for (int i = 0; i < patterns.length; i++) {
        samples.get(i).add(seconds(printed, patterns[i], command));
      }
    }
    return samples.stream().map(Stats::of).toList();
  }

  /**
   * CPython's figure for {@code program}, which prints {@code took N s}, run {@code runs} times;
   * empty, with a note saying why, when there is no python3 or it fails.
   */
  static Optional<Stats> python(Report report, String program, int runs)
      throws InterruptedException {
    Optional<Path> python3 = Tools.onPath("python3");
    if (python3.isEmpty()) {
      report.note("CPython: skipped, no python3 on the PATH");
      return Optional.empty();
    }
    report.progress(report.title() + ": CPython …");
    try {
      List<String> command = List.of(python3.get().toString(), "-c", program);
      return Optional.of(of(command, runs, TOOK).get(0));
    } catch (ProbeException e) {
      report.note("CPython: skipped: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Duration seconds(String printed, Pattern pattern, List<String> command)
      throws ProbeException {
    Matcher m = pattern.matcher(printed);
    if (!m.find()) {
      String shown = String.join(" ", command);
      String tail = printed.strip().lines().reduce((a, b) -> b).orElse("");
      throw new ProbeException(shown + ": printed no line like /" + pattern + "/; last: " + tail);
    }
    return Duration.ofNanos(Math.round(Double.parseDouble(m.group(1)) * 1e9));
  }
}
