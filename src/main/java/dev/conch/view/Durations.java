package dev.conch.view;

/**
 * Short forms of spans of runtime nanoseconds, such as {@code 350ms} or {@code 1.2s}. Stateless.
 */
final class Durations {
  private static final long MILLI = 1_000_000L;

  private Durations() {}

  /**
   * {@code 350ms} under a second, {@code 1.2s} under a minute, {@code 2m05s} under an hour, {@code
   * 1h02m} beyond; cut down, never rounded up, so a task is never shown older than it is.
   */
  static String compact(long nanos) {
    long millis = Math.max(0, nanos) / MILLI;
    if (millis < 1000) {
      return millis + "ms";
    }
    long tenths = millis / 100;
    if (tenths < 600) {
      return tenths / 10 + "." + tenths % 10 + "s";
    }
    long seconds = millis / 1000;
    if (seconds < 3600) {
      return seconds / 60 + "m" + twoDigits(seconds % 60) + "s";
    }
    return seconds / 3600 + "h" + twoDigits(seconds / 60 % 60) + "m";
  }

  /**
   * A tick label of an axis whose whole span is {@code span}: tenths of seconds ({@code 1.5s}) for
   * spans of a second or more, whole milliseconds ({@code 40ms}) below; zero is {@code 0s} or
   * {@code 0ms}. Rounded to the nearest.
   */
  static String tick(long nanos, long span) {
    if (span < 1000 * MILLI) {
      return Math.round(nanos / (double) MILLI) + "ms";
    }
    if (nanos == 0) {
      return "0s";
    }
    long tenths = Math.round(nanos / (100.0 * MILLI));
    return tenths / 10 + "." + tenths % 10 + "s";
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
