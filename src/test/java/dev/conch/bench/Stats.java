package dev.conch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The median, minimum and maximum of a series of samples. Immutable. */
record Stats(Duration median, Duration min, Duration max) {

  /**
   * The statistics of {@code samples}, in any order; with an even count the median is the mean of
   * the two middle samples.
   *
   * @throws IllegalArgumentException if there are no samples
   */
  static Stats of(List<Duration> samples) {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    List<Duration> sorted = new ArrayList<>(samples);
    sorted.sort(null);
    int n = sorted.size();
    Duration median =
        n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    return new Stats(median, sorted.get(0), sorted.get(n - 1));
  }

  /** The median in seconds. */
  double seconds() {
    return median.toNanos() / 1e9;
  }

  /** {@code 1.302 s (1.235–1.418)}: the median, then the range, in seconds. */
  String summary() {
    return String.format(
        Locale.ROOT, "%7.3f s (%.3f–%.3f)", seconds(), min.toNanos() / 1e9, max.toNanos() / 1e9);
  }
}
