package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.scale.ScaleResult;
import org.junit.jupiter.api.Test;

/**
 * The chart that {@code scale} prints: for each number of workers its time, speed-up, efficiency
 * and a bar with the ideal marked, then Amdahl's serial part and the ceiling it predicts, or that
 * the fit is rough. Also the warning when there are more workers than cores, columns aligned with
 * Chinese words, and colour only when asked for.
 */
class ScaleChartTest {
  private static final long MS = 1_000_000L;
  private static final ScaleChart.Labels ENGLISH = ScaleChart.Labels.english();

  /** The result of one timed call per size, taking {@code ms[i]} with {@code sizes[i]} workers. */
  private static ScaleResult result(int[] sizes, long... ms) {
    long[][] nanos = new long[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      nanos[i] = new long[] {ms[i] * MS};
    }
    return ScaleResult.of(sizes, nanos, 1);
  }

  @Test
  void eachSizeHasItsTimeSpeedUpEfficiencyAndABarWithTheIdealMarked() {
    String chart = ScaleChart.render(result(new int[] {1, 2, 4}, 800, 400, 250), ENGLISH, false);

    assertThat(chart)
        .isEqualTo(
            """
            workers      time  speed-up  efficiency
                  1  800.0 ms     1.00×        100%  ██████████
                  2  400.0 ms     2.00×        100%  ████████████████████
                  4  250.0 ms     3.20×         80%  ████████████████████████████████       |
            █ speed-up  | ideal: speed-up = workers
            each time: the fastest of 1 call(s) (repeat:), after 1 untimed warm-up call(s) with 1\
             worker (warmup:)
            Amdahl: serial part s = 0.058 (least squares), so at most 17.33× however many workers,\
             given a core each""");
  }

  @Test
  void timesFromASecondUpAreInSeconds() {
    String chart = ScaleChart.render(result(new int[] {1, 2}, 12_345, 10_000), ENGLISH, false);

    assertThat(chart.lines().limit(3))
        .containsExactly(
            "workers      time  speed-up  efficiency",
            "      1  12.345 s     1.00×        100%  ████████████████████",
            "      2  10.000 s     1.23×         62%  █████████████████████████              |");
  }

  @Test
  void aSpeedUpBeyondTheIdealHidesTheMarkAndFillsTheWidth() {
    String chart = ScaleChart.render(result(new int[] {1, 2}, 1000, 400), ENGLISH, false);

    assertThat(chart.lines().skip(1).limit(2))
        .containsExactly(
            "      1   1.000 s     1.00×        100%  ████████████████",
            "      2  400.0 ms     2.50×        125%  " + "█".repeat(40));
  }

  @Test
  void noSerialPartMeansNoCeiling() {
    String chart = ScaleChart.render(result(new int[] {1, 2}, 1000, 400), ENGLISH, false);

    assertThat(chart.lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo(
            "Amdahl: serial part s = 0.000 (least squares): no ceiling in sight at these sizes");
  }

  @Test
  void wideWordsKeepTheColumnsAligned() {
    ScaleChart.Labels chinese =
        new ScaleChart.Labels(
            "工作任务",
            "用时",
            "加速比",
            "效率",
            "理想",
            "最快 %d，热身 %d",
            "s = %s，最多 %s×",
            "s = %s",
            "s = %s，最多 %s×，但 %d 个 %s×",
            "%d 个，%d 核，%d");

    String chart = ScaleChart.render(result(new int[] {1, 2}, 800, 500), chinese, false);

    assertThat(chart.lines().limit(3))
        .containsExactly(
            "工作任务      用时  加速比  效率",
            "       1  800.0 ms   1.00×  100%  ████████████████████",
            "       2  500.0 ms   1.60×   80%  ████████████████████████████████       |");
  }

  @Test
  void colourPaintsTheBarByEfficiencyAndTheIdealMark() {
    String chart = ScaleChart.render(result(new int[] {1, 2, 4}, 800, 500, 400), ENGLISH, true);

    assertThat(chart.lines().skip(1).limit(3))
        .containsExactly(
            "      1  800.0 ms     1.00×        100%  \u001b[32m██████████\u001b[0m",
            "      2  500.0 ms     1.60×         80%  \u001b[32m████████████████\u001b[0m"
                + "   \u001b[36m|\u001b[0m",
            "      4  400.0 ms     2.00×         50%  \u001b[33m████████████████████\u001b[0m"
                + "                   \u001b[36m|\u001b[0m");
    assertThat(chart).contains("\u001b[32m█\u001b[0m speed-up  \u001b[36m|\u001b[0m ideal");
  }

  @Test
  void aRowThatBeatsTheFittedCeilingMakesTheLineSayTheFitIsRough() {
    // two cores: 2 workers gain, 4 and 8 take turns and lose; the fit is pulled below the best row
    String chart =
        ScaleChart.render(result(new int[] {1, 2, 4, 8}, 1000, 595, 770, 830), ENGLISH, false, 2);

    assertThat(chart.lines().toList())
        .contains("      2  595.0 ms     1.68×         84%  ████████ |")
        .endsWith(
            "Amdahl: serial part s = 0.668 (least squares) predicts at most 1.50×, yet 2 workers"
                + " measured 1.68×: a rough fit at these sizes, not a limit",
            "8 workers on 2 cores: past 2 workers they take turns on the cores, so work that only"
                + " computes gets no faster");
  }

  @Test
  void asManyCoresAsWorkersNeedsNoWarning() {
    String chart = ScaleChart.render(result(new int[] {1, 2, 4}, 800, 400, 250), ENGLISH, false, 4);

    assertThat(chart).doesNotContain("cores:");
  }

  @Test
  void plainChartsHoldNoEscapes() {
    String chart = ScaleChart.render(result(new int[] {1, 2, 4}, 800, 500, 400), ENGLISH, false);

    assertThat(chart).doesNotContain("\u001b");
  }
}
