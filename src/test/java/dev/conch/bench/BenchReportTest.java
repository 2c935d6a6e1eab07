package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a benchmark reports: the median, minimum and maximum of its samples, whether Conch meets its
 * target, and a plain table with Conch's ratio to python3 and jshell for the same measure. Also a
 * report of notes only, and the tasks benchmark's goal, met at its limit and missed above it.
 */
class BenchReportTest {

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  private static Stats stats(long median, long min, long max) {
    return new Stats(ms(median), ms(min), ms(max));
  }

  @Test
  void oddCountTakesTheMiddleSampleWhateverTheOrder() {
    assertThat(Stats.of(List.of(ms(500), ms(300), ms(900), ms(100), ms(400))))
        .isEqualTo(stats(400, 100, 900));
  }

  @Test
  void evenCountTakesTheMeanOfTheTwoMiddleSamples() {
    assertThat(Stats.of(List.of(ms(400), ms(100), ms(301), ms(200))))
        .isEqualTo(new Stats(Duration.ofNanos(250_500_000), ms(100), ms(400)));
  }

  @Test
  void oneSampleIsItsOwnMedianMinAndMax() {
    assertThat(Stats.of(List.of(ms(7)))).isEqualTo(stats(7, 7, 7));
  }

  @Test
  void noSamplesHaveNoStatistics() {
    assertThatThrownBy(() -> Stats.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no samples");
  }

  @Test
  void aMedianEqualToTheTargetMeetsIt() {
    assertThat(Row.conch("c", Measure.PROMPT, stats(400, 1, 500), ms(400)).meetsTarget()).isTrue();
    assertThat(Row.conch("c", Measure.PROMPT, stats(401, 1, 500), ms(400)).meetsTarget()).isFalse();
    assertThat(Row.conch("c", Measure.EXIT, stats(1, 1, 1), null).meetsTarget()).isFalse();
  }

  @Test
  void secondsHaveThreeDecimals() {
    assertThat(ReportTable.seconds(Duration.ofNanos(1_234_567_890))).isEqualTo("1.235");
    assertThat(ReportTable.seconds(ms(40))).isEqualTo("0.040");
  }

  @Test
  void tableShowsTargetsAndRatiosToTheBaselineOfTheSameMeasure() {
    Report report = new Report("startup");
    report.add(Row.conch("conch ./shell", Measure.PROMPT, stats(512, 500, 530), ms(400)));
    String oneLine = "conch ./shell -e 'println 1'";
    report.add(Row.conch(oneLine, Measure.FIRST_RESULT, stats(900, 850, 990), ms(1000)));
    report.add(Row.conch(oneLine, Measure.EXIT, stats(1950, 1900, 12100), null));
    report.add(Row.baseline("jshell", Subject.JSHELL, Measure.PROMPT, stats(1024, 1000, 1100)));
    report.add(Row.baseline("python3 -i", Subject.PYTHON3, Measure.PROMPT, stats(32, 30, 40)));
    report.add(Row.baseline("python3 -c", Subject.PYTHON3, Measure.EXIT, stats(39, 38, 45)));
    report.note("targets: conch prompt <= 0.400");
    report.note("python3: skipped nothing");

    assertThat(ReportTable.format(report))
        .isEqualTo(
            """
            == startup ==
            row                           measure       median    min     max  target  met  conch/python3  conch/jshell
            conch ./shell                 prompt         0.512  0.500   0.530   0.400   no          16.0x          0.5x
            conch ./shell -e 'println 1'  first result   0.900  0.850   0.990   1.000  yes              -             -
            conch ./shell -e 'println 1'  exit           1.950  1.900  12.100       -    -          50.0x             -
            jshell                        prompt         1.024  1.000   1.100       -    -              -             -
            python3 -i                    prompt         0.032  0.030   0.040       -    -              -             -
            python3 -c                    exit           0.039  0.038   0.045       -    -              -             -
            notes:
              targets: conch prompt <= 0.400
              python3: skipped nothing
            """);
  }

  @Test
  void aReportWithoutRowsIsItsTitleAndNotesWithoutAnEmptyTable() {
    Report report = new Report("notes only");
    report.note("2 tasks x 1,000,000 locked additions");
    assertThat(ReportTable.format(report))
        .isEqualTo(
            """
            == notes only ==
            notes:
              2 tasks x 1,000,000 locked additions
            """);
  }

  @Test
  void aTasksGoalIsMetAtItsLimitAndMissedAboveIt() {
    assertThat(TasksBenchmark.goal("virtual threads", stats(300, 200, 900), ms(300)))
        .isEqualTo(
            "goal for virtual threads through the runtime: at most 0.3 s, median 0.300 s: met");
    assertThat(TasksBenchmark.goal("coroutines", stats(1001, 900, 1200), ms(1000)))
        .isEqualTo(
            "goal for coroutines through the runtime: at most 1.0 s, median 1.001 s: NOT met");
  }
}
