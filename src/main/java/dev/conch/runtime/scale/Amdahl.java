package dev.conch.runtime.scale;

/**
 * Amdahl's law: work whose serial part takes the share {@code s} of one worker's time speeds up
 * with {@code n} workers by {@code 1 / (s + (1 - s) / n)}, never beyond {@code 1 / s}. Stateless
 * and thread-safe.
 */
public final class Amdahl {
  private Amdahl() {}

  /** The speed-up that Amdahl's law predicts for {@code n} workers and serial part {@code s}. */
  public static double speedup(double s, int n) {
    return 1 / (s + (1 - s) / n);
  }

  /** The most any number of workers can gain with serial part {@code s}: infinite when s is 0. */
  public static double ceiling(double s) {
    return s <= 0 ? Double.POSITIVE_INFINITY : 1 / s;
  }

  /**
   * The serial part that best explains the measured {@code speedups} of {@code workers}, by least
   * squares on the time ratios: the law says {@code T(n)/T(1) - 1/n = s * (1 - 1/n)}, a line
   * through the origin whose slope {@code s} has a closed form. Every size counts (n = 1 adds
   * nothing). Clamped to 0…1: a speed-up above n (say, from a cold first run) would give s below 0,
   * and a slow-down from overhead, which the law does not model, s above 1.
   *
   * @param workers the sizes measured, each 1 or more
   * @param speedups the speed-up measured at each size, each above 0
   */
  public static double serialFraction(int[] workers, double[] speedups) {
    if (workers.length != speedups.length) {
      throw new IllegalArgumentException(
          "amdahl: " + workers.length + " sizes and " + speedups.length + " speed-ups differ");
    }
    double xy = 0;
    double xx = 0;
    for (int i = 0; i < workers.length; i++) {
      double x = 1 - 1.0 / workers[i];
      double y = 1 / speedups[i] - 1.0 / workers[i];
      xy += x * y;
      xx += x * x;
    }
    if (xx == 0) {
      return 0;
    }
    return Math.clamp(xy / xx, 0.0, 1.0);
  }
}
