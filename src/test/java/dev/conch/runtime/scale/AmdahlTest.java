package dev.conch.runtime.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Amdahl's law: the speed-up n workers can give when part of the work is serial, the ceiling no
 * number of workers passes, and the serial part fitted from measured speed-ups.
 */
class AmdahlTest {
  @Test
  void aTenthSerialGivesAtMostTenfold() {
    assertThat(Amdahl.speedup(0.1, 1)).isEqualTo(1.0);
    assertThat(Amdahl.speedup(0.1, 10)).isCloseTo(1 / 0.19, within(1e-12));
    assertThat(Amdahl.ceiling(0.1)).isCloseTo(10.0, within(1e-12));
  }

  @Test
  void workWithNoSerialPartScalesWithTheWorkers() {
    assertThat(Amdahl.speedup(0, 8)).isEqualTo(8.0);
    assertThat(Amdahl.ceiling(0)).isInfinite();
  }

  @Test
  void oneWorkerAloneSaysNothingAboutTheSerialPart() {
    assertThat(Amdahl.serialFraction(new int[] {1}, new double[] {1.0})).isZero();
  }

  @Test
  void theFitWeighsEverySize() {
    // speed-ups 1.6 at 2 and 2 at 4: y = 1/S - 1/n is 0.125 and 0.25, x = 1 - 1/n is 0.5 and 0.75
    double s = Amdahl.serialFraction(new int[] {1, 2, 4}, new double[] {1.0, 1.6, 2.0});

    assertThat(s).isCloseTo((0.5 * 0.125 + 0.75 * 0.25) / (0.25 + 0.5625), within(1e-12));
  }
}
