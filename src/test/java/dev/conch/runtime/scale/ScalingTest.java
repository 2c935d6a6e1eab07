package dev.conch.runtime.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timing loop of {@code scale}, on a clock that moves only when the work says so. */
class ScalingTest {
  private static final long MS = 1_000_000L;

  /** A clock the work advances; the loop reads it before and after each call. */
  private long now;

  /** The workers of every call, in order. */
  private final List<Integer> calls = new ArrayList<>();

  /** Work that takes {@code costs[k]} ms on its k-th call (the last cost repeats). */
  private Scaling.Work work(long... costs) {
    return n -> {
      now += costs[Math.min(calls.size(), costs.length - 1)] * MS;
      calls.add(n);
    };
  }

  @Test
  void warmUpsComeFirstWithOneWorkerThenTheSizesRunInRounds() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2, 4), 2, 2, () -> now, work(100));

    assertThat(calls).containsExactly(1, 1, 1, 2, 4, 1, 2, 4);
    assertThat(result.getWarmups()).isEqualTo(2);
    assertThat(result.getRepeats()).isEqualTo(2);
    assertThat(result.getRows()).extracting(ScaleResult.Row::workers).containsExactly(1, 2, 4);
  }

  @Test
  void warmUpCallsAreNotTimed() throws Exception {
    // the warm-up takes 5 s, the timed calls 800, 400 and 200 ms
    ScaleResult result =
        Scaling.measure(List.of(1, 2, 4), 1, 1, () -> now, work(5000, 800, 400, 200));

    assertThat(result.getRows())
        .extracting(ScaleResult.Row::seconds)
        .containsExactly(0.8, 0.4, 0.2);
  }

  @Test
  void theFastestCallOfEachSizeCounts() throws Exception {
    // round one: 1 → 900, 2 → 400; round two: 1 → 800, 2 → 500
    ScaleResult result = Scaling.measure(List.of(1, 2), 2, 0, () -> now, work(900, 400, 800, 500));

    assertThat(result.getAt(0).runs()).containsExactly(0.9, 0.8);
    assertThat(result.getAt(1).runs()).containsExactly(0.4, 0.5);
    assertThat(result.getAt(0).seconds()).isEqualTo(0.8);
    assertThat(result.getAt(1).seconds()).isEqualTo(0.4);
    assertThat(result.getAt(1).speedup()).isEqualTo(2.0);
  }

  @Test
  void speedUpAndEfficiencyAreMeasuredAgainstOneWorker() throws Exception {
    ScaleResult result =
        Scaling.measure(List.of(1, 2, 4, 8), 1, 0, () -> now, work(800, 400, 250, 200));

    assertThat(result.getRows())
        .extracting(ScaleResult.Row::speedup)
        .containsExactly(1.0, 2.0, 3.2, 4.0);
    assertThat(result.getRows())
        .extracting(ScaleResult.Row::efficiency)
        .containsExactly(1.0, 1.0, 0.8, 0.5);
  }

  @Test
  void theSerialPartIsFittedByLeastSquaresOnTheTimeRatios() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2, 4), 1, 0, () -> now, work(800, 400, 250));

    // T(n)/T(1) - 1/n = s (1 - 1/n): n = 2 gives 0 = s/2, n = 4 gives 1/16 = 3s/4
    double s = (0.75 / 16) / (0.25 + 0.5625);
    assertThat(result.getSerial()).isCloseTo(s, within(1e-12));
    assertThat(result.getCeiling()).isCloseTo(1 / s, within(1e-9));
    assertThat(result.getAt(2).predicted()).isCloseTo(1 / (s + (1 - s) / 4), within(1e-12));
  }

  @Test
  void timesThatFollowAmdahlsLawGiveBackItsSerialPart() throws Exception {
    // s = 0.1 of 1000 ms is serial: T(n) = 100 + 900 / n
    ScaleResult result =
        Scaling.measure(List.of(1, 2, 3, 6), 1, 0, () -> now, work(1000, 550, 400, 250));

    assertThat(result.getSerial()).isCloseTo(0.1, within(1e-12));
    assertThat(result.getCeiling()).isCloseTo(10.0, within(1e-9));
    for (ScaleResult.Row row : result) {
      assertThat(row.predicted()).as("n = " + row.workers()).isCloseTo(row.speedup(), within(1e-9));
    }
  }

  @Test
  void aSpeedUpAboveTheWorkersHasNoSerialPartAndNoCeiling() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2), 1, 0, () -> now, work(1000, 400));

    assertThat(result.getSerial()).isZero();
    assertThat(result.getCeiling()).isInfinite();
  }

  @Test
  void aSlowDownIsAllSerial() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2), 1, 0, () -> now, work(400, 600));

    assertThat(result.getSerial()).isEqualTo(1.0);
    assertThat(result.getCeiling()).isEqualTo(1.0);
  }

  @Test
  void aCallThatTakesNoTimeCountsAsOneNanosecond() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2), 1, 0, () -> now, work(0));

    assertThat(result.getRows()).extracting(ScaleResult.Row::speedup).containsExactly(1.0, 1.0);
  }

  @Test
  void theWorksErrorEndsTheLoopAsItWasThrown() {
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                Scaling.measure(
                    List.of(1, 2, 4),
                    1,
                    0,
                    () -> now,
                    n -> {
                      calls.add(n);
                      if (n == 2) {
                        throw boom;
                      }
                    }))
        .isSameAs(boom);
    assertThat(calls).containsExactly(1, 2);
  }

  @Test
  void anInterruptedTaskStopsBeforeTheNextCall() {
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> Scaling.measure(List.of(1, 2), 1, 0, () -> now, work(100)))
        .isInstanceOf(InterruptedException.class);
    assertThat(calls).isEmpty();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void theRowsReadAsGroovyShowsThem() throws Exception {
    ScaleResult result = Scaling.measure(List.of(1, 2, 4), 1, 0, () -> now, work(800, 400, 250));

    assertThat(result).hasToString("scale [1: 1.00×, 2: 2.00×, 4: 3.20×], s = 0.058");
  }

  @Test
  void sizesMustStartWithOneWorker() {
    assertThatThrownBy(() -> Scaling.measure(List.of(2, 4), 1, 0, () -> now, work(100)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale: sizes [2, 4] must start with 1, repeats 1 be 1 or more");
  }
}
