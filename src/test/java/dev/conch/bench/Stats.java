package dev.conch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
}
