package dev.conch.net.geo.offline;

/**
 * A {@code float} read as the decimal {@link Float#toString(float)} writes for it, so that {@code
 * 45.52f} becomes the double {@code 45.52}: exactly {@code Double.parseDouble(Float.toString(f))},
 * without making and parsing the text (which cost two lookups of DB-IP's flat records ~200 ns).
 * Stateless and thread-safe.
 *
 * <p>How: {@code Float.toString} writes the shortest decimal that reads back as {@code f}, the
 * closest to {@code f} among the shortest, ties to an even last digit. For a normal {@code f}
 * between 0.001 and 10^7 that is not a power of two (whose neighbours are equally far), the
 * decimals that read back as {@code f} lie within half an ulp either side, ends included when the
 * significand is even. They are too close together to straddle a power of ten they do not include
 * (which would be the shortest), so the shortest is the one with fewest fraction digits, and with
 * {@code k} of them the closest is {@code rint(f·10^k)}, ties to even as well. With {@code k <= 12}
 * every step is exact in {@code double} ({@code f·10^k} needs at most 24 + 28 significant bits),
 * and the last division rounds correctly, as parsing does. Other values take the text's way.
 */
final class FloatDecimal {
  private static final int MOST_DIGITS = 12;
  private static final double[] TENS = new double[MOST_DIGITS + 1];

  static {
    double ten = 1;
    for (int k = 0; k <= MOST_DIGITS; k++) {
      TENS[k] = ten; // exact up to 10^22
      ten *= 10;
    }
  }

  private FloatDecimal() {}

  /** The double of {@code f}'s decimal text. */
  static double of(float f) {
    float magnitude = Math.abs(f);
    int bits = Float.floatToRawIntBits(f);
    if (!(magnitude >= 1e-3f && magnitude < 1e7f) || (bits & 0x7fffff) == 0) {
      return Double.parseDouble(Float.toString(f));
    }
    boolean evenSignificand = (bits & 1) == 0;
    double halfUlp = Math.ulp(f) / 2.0;
    for (int k = 0; k <= MOST_DIGITS; k++) {
      double scaled = f * TENS[k];
      double digits = Math.rint(scaled);
      double off = Math.abs(digits - scaled);
      double reach = halfUlp * TENS[k];
      if (off < reach || (off == reach && evenSignificand)) {
        return digits / TENS[k];
      }
    }
    return Double.parseDouble(Float.toString(f));
  }
}
