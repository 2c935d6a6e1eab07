package dev.conch.runtime;

import java.math.BigDecimal;

/**
 * Python's timeouts, which are seconds as a {@code float}, in the JVM's nanoseconds, and back in
 * the words a learner wrote them with. The one place where seconds become nanoseconds. Stateless.
 */
public final class Seconds {
  private Seconds() {}

  /** Whether a timeout in seconds means "as long as it takes" (negative, as None in Python). */
  public static boolean forever(double seconds) {
    return seconds < 0;
  }

  /**
   * {@code seconds} in nanoseconds: 0 for none or less (NaN too), and at most half of {@code
   * Long.MAX_VALUE}, so that a deadline of now plus it cannot overflow.
   */
  public static long nanos(double seconds) {
    return (long) Math.max(0, Math.min(Long.MAX_VALUE / 2.0, seconds * 1e9));
  }

  /** {@code seconds} as a learner wrote them: {@code 0.5}, {@code 2}. */
  public static String text(double seconds) {
    return BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
  }
}
