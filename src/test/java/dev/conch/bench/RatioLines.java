package dev.conch.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * Adds one note per measure to a report: its median seconds with min–max, the ratio to a plain Java
 * baseline, and, once CPython's figure is known, how many times faster than CPython it is. Confined
 * to the benchmark's thread.
 */
final class RatioLines {
  private final Report report;
  private final Stats baseline;
  private Optional<Stats> python = Optional.empty();

  RatioLines(Report report, Stats baseline) {
    this.report = report;
    this.baseline = baseline;
  }

  /** From now on, lines also say how many times faster than {@code cpython} they are. */
  void withPython(Optional<Stats> cpython) {
    this.python = cpython;
  }

  void add(String what, Stats stats) {
    String vsPython =
        python
            .map(p -> String.format(Locale.ROOT, "  CPython/this %.1fx", ratio(p, stats)))
            .orElse("");
    report.note(
        String.format(
            Locale.ROOT,
            "%-44s %s  %5.1fx Java%s",
            what,
            stats.summary(),
            ratio(stats, baseline),
            vsPython));
  }

  private static double ratio(Stats a, Stats b) {
    return a.seconds() / b.seconds();
  }
}
