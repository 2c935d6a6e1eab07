package dev.conch.net.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A connection's byte budget on a clock the test holds. */
class ServedConnectionTest {
  private static final long MS = 1_000_000L;
  private static final long T0 = -5_000 * MS; // nanoTime may be negative

  @Test
  void withoutALimitNothingWaits() {
    ServedConnection c = new ServedConnection(1, 0);

    assertThat(c.reserve(1 << 20, T0)).isZero();
    assertThat(c.reserve(1 << 20, T0)).isZero();
  }

  @Test
  void chunksQueueBehindEachOtherAtTheRate() {
    ServedConnection c = new ServedConnection(1, 1000);

    assertThat(c.reserve(100, T0)).isEqualTo(100 * MS);
    assertThat(c.reserve(100, T0)).isEqualTo(200 * MS);
    assertThat(c.reserve(100, T0 + 150 * MS)).isEqualTo(150 * MS);
  }

  @Test
  void eachConnectionHasItsOwnBudget() {
    ServedConnection a = new ServedConnection(1, 1000);
    ServedConnection b = new ServedConnection(2, 1000);

    assertThat(a.reserve(500, T0)).isEqualTo(500 * MS);
    assertThat(b.reserve(500, T0)).isEqualTo(500 * MS);
  }

  @Test
  void anIdleConnectionSavesNoBurst() {
    ServedConnection c = new ServedConnection(1, 1000);
    c.reserve(100, T0);

    assertThat(c.reserve(100, T0 + 10_000 * MS)).isEqualTo(100 * MS);
  }

  @Test
  void onlyTheFirstRequestOpensTheConnection() {
    ServedConnection c = new ServedConnection(7, 0);

    assertThat(c.firstRequest()).isTrue();
    assertThat(c.firstRequest()).isFalse();
    assertThat(c.number()).isEqualTo(7);
  }
}
