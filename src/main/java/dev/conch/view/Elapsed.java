package dev.conch.view;

import java.util.Locale;

/**
 * A measured time as a learner reads it: {@code 1.234 s} from one second up, {@code 12.3 ms} below.
 * Stateless and thread-safe.
 */
public final class Elapsed {
  private Elapsed() {}

  /** {@code seconds} as {@code 1.234 s} or, under a second, {@code 12.3 ms}; rounded to nearest. */
  public static String text(double seconds) {
    if (seconds >= 0.99995) {
      return String.format(Locale.ROOT, "%.3f s", seconds);
    }
    return String.format(Locale.ROOT, "%.1f ms", Math.max(0, seconds) * 1000);
  }

  /** {@code nanos} nanoseconds as {@link #text(double)} shows them. */
  public static String ofNanos(long nanos) {
    return text(nanos / 1e9);
  }

  /**
   * {@code seconds} for an estimate, no finer than it deserves: {@code 3 h 25 min} from an hour up,
   * {@code 3 min 34 s} from a minute up, {@code 12 s} from ten seconds, {@code 1.5 s} below, {@code
   * 840 ms} under a second.
   */
  public static String rough(double seconds) {
    long whole = Math.round(seconds);
    if (whole >= 3600) {
      return whole / 3600 + " h " + whole / 60 % 60 + " min";
    }
    if (whole >= 60) {
      return whole / 60 + " min " + whole % 60 + " s";
    }
    if (seconds >= 9.95) {
      return whole + " s";
    }
    if (seconds >= 0.9995) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    return Math.round(Math.max(0, seconds) * 1000) + " ms";
  }
}
