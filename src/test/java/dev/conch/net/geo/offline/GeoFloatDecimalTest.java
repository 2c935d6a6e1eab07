package dev.conch.net.geo.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A float coordinate read as its decimal text, without the text. Every float from 0.001 to 10^7 of
 * either sign was checked once against {@code Float.toString} (0 differences); these tests keep a
 * sample of it.
 */
class GeoFloatDecimalTest {
  private static double byText(float f) {
    return Double.parseDouble(Float.toString(f));
  }

  private static void sameAsText(float f) {
    assertThat(Double.doubleToRawLongBits(FloatDecimal.of(f)))
        .as("%s", f)
        .isEqualTo(Double.doubleToRawLongBits(byText(f)));
  }

  @Test
  void aCoordinateStaysTheDecimalItWasWrittenAs() {
    assertThat(FloatDecimal.of(45.52f)).isEqualTo(45.52);
    assertThat(FloatDecimal.of(-122.68f)).isEqualTo(-122.68);
    assertThat(FloatDecimal.of(0.3f)).isEqualTo(0.3);
    assertThat(FloatDecimal.of(180f)).isEqualTo(180.0);
    assertThat(FloatDecimal.of(-0.001f)).isEqualTo(-0.001);
  }

  @Test
  void powersOfTwoZerosTiesAndValuesOutOfRangeAreReadAsTheirText() {
    float[] edges = {
      0f,
      -0f,
      0.5f,
      1f,
      2f,
      1024f,
      0.0009765625f,
      1234567.25f,
      8388607.5f,
      9999999f,
      1e7f,
      1e-3f,
      Math.nextDown(1e-3f),
      Math.nextUp(1e7f),
      Float.MIN_VALUE,
      Float.MIN_NORMAL,
      Float.MAX_VALUE,
      Float.NaN,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      0.1f,
      0.099999994f,
      1e6f
    };
    for (float f : edges) {
      sameAsText(f);
      sameAsText(-f);
    }
  }

  @Test
  void aMillionRandomFloatsReadAsTheirText() {
    SplittableRandom random = new SplittableRandom(45);
    for (int i = 0; i < 500_000; i++) {
      sameAsText(Float.intBitsToFloat(random.nextInt())); // any float, most outside the range
      sameAsText((float) random.nextDouble(-180, 180)); // coordinates
    }
  }
}
