package dev.conch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the race detector costs the lines a learner types: T08's locked loop and T07's unlocked
 * loop, each in a fresh {@code ./shell -e} with the detector on (as it starts) and off ({@code
 * races(false)} first), the two taking turns run by run. Each line times itself from its first
 * spawn to its last join. Goal: on at most 1.3x off, for both lines.
 */
final class RacesBenchmark implements Benchmark {
  private static final int RUNS = 5;
  private static final double GOAL = 1.3;
  private static final String TIMED =
      "t0 = System.nanoTime(); %s; printf('took %%.4f s%%n', (System.nanoTime() - t0) / 1e9)";
  private static final String LOCKED =
      "m = lock(); counter = 0; "
          + String.format(
              TIMED,
              "(1..2).collect { spawn { 1_000_000.times { m.withLock { counter++ } } } }*.join();"
                  + " assert counter == 2_000_000");
  private static final String UNLOCKED =
      "counter = 0; "
          + String.format(
              TIMED, "(1..2).collect { spawn { 1_000_000.times { counter++ } } }*.join()");

  @Override
  public String name() {
    return "races";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    String shell = Machine.conchHome().resolve("shell").toString();
    measure(report, shell, "T08's locked loop, typed", LOCKED);
    measure(report, shell, "T07's unlocked loop, typed", UNLOCKED);
    report.note(
        String.format(
            Locale.ROOT,
            "2 tasks x 1,000,000 steps of a session variable; %d fresh ./shell -e runs each way,"
                + " taking turns; median (min–max), timed inside",
            RUNS));
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static void measure(Report report, String shell, String what, String line)
      throws Exception {
    report.progress("races: " + what + " …");
    List<Duration> on = new ArrayList<>();
    List<Duration> off = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      on.add(once(shell, line));
      off.add(once(shell, "races(false); " + line));
    }
    Stats withDetector = Stats.of(on);
    Stats without = Stats.of(off);
    double ratio = withDetector.seconds() / without.seconds();
    report.note(row(what + ", detector off", without));
    report.note(row(what + ", detector on", withDetector));
    report.note(
        String.format(
            Locale.ROOT,
            "goal: %s, on/off %.2fx <= %.1fx: %s",
            what,
            ratio,
            GOAL,
            ratio <= GOAL ? "met" : "NOT met"));
  }

  private static Duration once(String shell, String line) throws Exception {
    return PrintedTimes.of(List.of(shell, "-e", line), 1, PrintedTimes.TOOK).get(0).median();
  }

  private static String row(String what, Stats stats) {
    return String.format(Locale.ROOT, "%-44s %s", what, stats.summary());
  }
}
