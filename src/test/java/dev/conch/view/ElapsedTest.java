package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a measured time reads: milliseconds with one decimal under a second, seconds with three
 * decimals from a second up.
 */
class ElapsedTest {
  @Test
  void underASecondInMillisecondsWithOneDecimal() {
    assertThat(Elapsed.text(0.0123)).isEqualTo("12.3 ms");
    assertThat(Elapsed.text(0)).isEqualTo("0.0 ms");
    assertThat(Elapsed.text(0.99994)).isEqualTo("999.9 ms");
  }

  @Test
  void fromASecondUpInSecondsWithThreeDecimals() {
    assertThat(Elapsed.text(1.2344)).isEqualTo("1.234 s");
    assertThat(Elapsed.text(0.99996)).isEqualTo("1.000 s");
    assertThat(Elapsed.text(75)).isEqualTo("75.000 s");
  }

  @Test
  void nanosecondsReadTheSame() {
    assertThat(Elapsed.ofNanos(1_234_000_000L)).isEqualTo("1.234 s");
    assertThat(Elapsed.ofNanos(42_000_000L)).isEqualTo("42.0 ms");
  }
}
