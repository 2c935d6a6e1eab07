package dev.conch.dsl.extensions;

import java.math.BigInteger;

/**
 * Whole numbers that grow as Python's do: {@code +}, {@code -} and {@code *} on {@code Integer} and
 * {@code Long} values give a {@code Long} when an {@code Integer} would overflow and a {@code
 * BigInteger} when a {@code Long} would, where Groovy's own wrap around without a word ({@code
 * 100000 * 100000} was 1410065408, and {@code (0..<100000).sum { it * it }} 216474736). A result
 * that fits keeps the type Groovy gives it, so {@code 2 + 3} is still the {@code Integer} 5 and
 * {@code 2L + 3} the {@code Long} 5. Variables a learner declares {@code int} or {@code long} keep
 * Java's arithmetic: that is what the type says. Stateless.
 */
public final class WholeNumberExtensions {
  private WholeNumberExtensions() {}

  public static Number plus(Integer self, Integer other) {
    return fitted((long) self + other);
  }

  public static Number minus(Integer self, Integer other) {
    return fitted((long) self - other);
  }

  public static Number multiply(Integer self, Integer other) {
    return fitted((long) self * other);
  }

  public static Number plus(Long self, Long other) {
    return sum(self, other);
  }

  public static Number minus(Long self, Long other) {
    return difference(self, other);
  }

  public static Number multiply(Long self, Long other) {
    return product(self, other);
  }

  public static Number plus(Integer self, Long other) {
    return sum(self, other);
  }

  public static Number plus(Long self, Integer other) {
    return sum(self, other);
  }

  public static Number minus(Integer self, Long other) {
    return difference(self, other);
  }

  public static Number minus(Long self, Integer other) {
    return difference(self, other);
  }

  public static Number multiply(Integer self, Long other) {
    return product(self, other);
  }

  public static Number multiply(Long self, Integer other) {
    return product(self, other);
  }

  /**
   * {@code value} as an {@code Integer} when it fits one, else a {@code Long}. (Not a conditional
   * expression: one of an {@code Integer} and a {@code Long} there is promoted to a {@code Long}.)
   */
  private static Number fitted(long value) {
    if ((int) value == value) {
      return Integer.valueOf((int) value);
    }
    return Long.valueOf(value);
  }

  private static Number sum(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) { // both of one sign, the sum of the other: it overflowed
      return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    }
    return Long.valueOf(sum);
  }

  private static Number difference(long a, long b) {
    long difference = a - b;
    if (((a ^ b) & (a ^ difference)) < 0) {
      return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
    }
    return Long.valueOf(difference);
  }

  private static Number product(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      return Long.valueOf(low);
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
  }
}
