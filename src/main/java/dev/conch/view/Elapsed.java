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
}
