package dev.conch.bench;

import java.time.Duration;

/**
 * One line of a report: whose time, what it measures, its statistics and, for Conch's rows, the
 * target from the issue ({@code null} when there is none). Immutable.
 */
record Row(String name, Subject subject, Measure measure, Stats stats, Duration target) {

  /** A row of Conch's, with its target or {@code null}. */
  static Row conch(String name, Measure measure, Stats stats, Duration target) {
    return new Row(name, Subject.CONCH, measure, stats, target);
  }

  /** A baseline's row; baselines have no target. */
  static Row baseline(String name, Subject subject, Measure measure, Stats stats) {
    return new Row(name, subject, measure, stats, null);
  }

  /** Whether the median is within the target; {@code false} when there is no target. */
  boolean meetsTarget() {
    return target != null && stats.median().compareTo(target) <= 0;
  }
}
