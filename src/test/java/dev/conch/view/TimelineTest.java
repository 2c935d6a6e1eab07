package dev.conch.view;

import static dev.conch.runtime.task.TaskState.BLOCKED;
import static dev.conch.runtime.task.TaskState.DONE;
import static dev.conch.runtime.task.TaskState.RUNNING;
import static dev.conch.runtime.task.TaskState.SLEEPING;
import static dev.conch.runtime.task.TaskState.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.task.Journal;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The /timeline chart: a bar per task whose cells show running, sleeping, waiting or blocked, by
 * what took most of each cell, an axis in seconds or milliseconds, and a legend. Also long and
 * Chinese names, the rows of a huge run capped, plain and colour output, and a real run drawn main
 * first.
 */
class TimelineTest {
  private static final long MS = 1_000_000L;
  private static final long S = 1_000 * MS;
  private static final Timeline.Labels ENGLISH = Timeline.Labels.english();
  private static final Timeline.Options PLAIN = Timeline.Options.plain();
  private static final String LEGEND = "█ running  · sleeping  ░ waiting  ▒ blocked";

  /** A row whose journal holds {@code steps}: alternately a time in ms and a state. */
  private static Timeline.Row row(String name, Object... steps) {
    List<Journal.Entry> entries = new ArrayList<>();
    for (int i = 0; i < steps.length; i += 2) {
      entries.add(new Journal.Entry((Integer) steps[i] * MS, (TaskState) steps[i + 1], null));
    }
    return new Timeline.Row(name, entries);
  }

  /** Just the bar of the only row of a chart of {@code row} from 0 to {@code endMs}. */
  private static String bar(Timeline.Row row, long endMs, int width) {
    String chart =
        Timeline.renderRows(List.of(row), 0, endMs * MS, ENGLISH, PLAIN.withWidth(width));
    return chart.lines().findFirst().orElseThrow().substring(row.name().length() + 2);
  }

  @Test
  void runningThenSleepingFillsTheirShareOfTheBar() {
    String chart =
        Timeline.renderRows(
            List.of(row("a", 0, RUNNING, 1000, SLEEPING, 2000, DONE)),
            0,
            2 * S,
            ENGLISH,
            PLAIN.withWidth(10));

    assertThat(chart)
        .isEqualTo(
            """
            a  █████·····
               0s    2.0s
               █ running  · sleeping  ░ waiting  ▒ blocked""");
  }

  @Test
  void aPoolWorkersRowEndsWithHowManyJobsItRan() {
    List<Timeline.Row> rows =
        List.of(
            new Timeline.Row("p-worker-1", row("", 0, RUNNING, 2000, WAITING).entries(), 104),
            row("main", 0, RUNNING, 2000, DONE));

    String chart = Timeline.renderRows(rows, 0, 2 * S, ENGLISH, PLAIN.withWidth(4));

    assertThat(chart.lines().limit(2))
        .containsExactly("p-worker-1  ████  104 jobs", "main        ████");
  }

  @Test
  void whereARaceWasFoundBothBarsAreMarkedAndTheLegendSaysWhy() {
    List<Timeline.Row> rows =
        List.of(
            row("a", 0, RUNNING, 2000, DONE).withRaces(List.of(1000 * MS)),
            row("b", 0, RUNNING, 2000, DONE).withRaces(List.of(1000 * MS)),
            row("main", 0, RUNNING, 2000, DONE));

    String chart = Timeline.renderRows(rows, 0, 2 * S, ENGLISH, PLAIN.withWidth(10));

    assertThat(chart)
        .isEqualTo(
            """
            a     █████!████
            b     █████!████
            main  ██████████
                  0s    2.0s
                  █ running  · sleeping  ░ waiting  ▒ blocked  ! race (/races)""");
  }

  @Test
  void twoOverlappingTasksShowOverlappingBars() {
    List<Timeline.Row> rows =
        List.of(
            row("main", 0, RUNNING, 500, WAITING, 2750, RUNNING, 3000, DONE),
            row("a", 0, RUNNING, 2000, DONE),
            row("b", 1000, RUNNING, 2000, SLEEPING, 2750, DONE));

    String chart = Timeline.renderRows(rows, 0, 3 * S, ENGLISH, PLAIN.withWidth(12));

    assertThat(chart)
        .isEqualTo(
            """
            main  ██░░░░░░░░░█
            a     ████████
            b         ████···
                  0s      3.0s
                  █ running  · sleeping  ░ waiting  ▒ blocked""");
  }

  @Test
  void waitingAndBlockedAreToldApartWithoutColour() {
    Timeline.Row row = row("t", 0, RUNNING, 1000, WAITING, 2000, RUNNING, 3000, BLOCKED);

    assertThat(bar(row, 4000, 4)).isEqualTo("█░█▒");
  }

  @Test
  void cellsBeforeTheStartAndAfterTheEndAreBlank() {
    Timeline.Row row = row("t", 1000, RUNNING, 2000, DONE);

    assertThat(bar(row, 4000, 4)).isEqualTo(" █");
  }

  @Test
  void eachCellShowsTheStateThatTookMostOfIt() {
    Timeline.Row row = row("t", 0, RUNNING, 700, SLEEPING, 1000, RUNNING, 1400, SLEEPING);

    assertThat(bar(row, 2000, 2)).isEqualTo("█·");
  }

  @Test
  void aCellShowsRunningOnlyWhenTheTaskRanMoreThanHalfOfIt() {
    assertThat(bar(row("t", 0, SLEEPING, 500, RUNNING), 1000, 1)).isEqualTo("·");
    assertThat(bar(row("t", 0, SLEEPING, 499, RUNNING), 1000, 1)).isEqualTo("█");
  }

  @Test
  void tasksThatTakeTurnsWithinACellNeverBothShowRunning() {
    // each ran longer than it did anything else, but neither ran most of the cell
    List<Timeline.Row> rows =
        List.of(
            row("a", 0, RUNNING, 400, SLEEPING, 700, WAITING),
            row("b", 0, WAITING, 400, RUNNING, 800, SLEEPING));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN.withWidth(1));

    assertThat(chart.lines().limit(2)).containsExactly("a  ·", "b  ░");
  }

  @Test
  void longNamesKeepTheirEndsSoTheyStayApart() {
    List<Timeline.Row> rows =
        List.of(
            row("download-worker-number-1:4321", 0, RUNNING, 1000, DONE),
            row("download-worker-number-2:4322", 0, RUNNING, 1000, DONE),
            row("pool-1-worker-1:12723", 0, RUNNING, 1000, DONE));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN.withWidth(2));

    // a process pool's worker with its pid fits whole
    assertThat(chart.lines().limit(3))
        .containsExactly(
            "download-wo…umber-1:4321  ██",
            "download-wo…umber-2:4322  ██",
            "pool-1-worker-1:12723     ██");
  }

  @Test
  void aNameIsCutInTheMiddleByCellsEvenWhenItIsChinese() {
    assertThat(TextWidth.fitMiddle("下载任务第一号之二", 9)).isEqualTo("下载…之二");
    assertThat(TextWidth.fitMiddle("short", 9)).isEqualTo("short");
  }

  @Test
  void aCellWhereTheTaskLivedLessThanHalfIsBlank() {
    assertThat(bar(row("t", 0, RUNNING, 1200, DONE), 2000, 2)).isEqualTo("█");
  }

  @Test
  void aTaskShorterThanACellStillShows() {
    assertThat(bar(row("t", 1500, RUNNING, 1510, DONE), 2000, 4)).isEqualTo("   █");
  }

  @Test
  void aTaskStillAliveLastsToTheEnd() {
    assertThat(bar(row("t", 0, RUNNING, 1000, SLEEPING), 2000, 4)).isEqualTo("██··");
  }

  @Test
  void axisLabelsStartMiddleAndEndInSeconds() {
    assertThat(Timeline.axis(3 * S, 20)).isEqualTo("0s      1.5s    3.0s");
  }

  @Test
  void axisUsesMillisecondsForAShortRun() {
    assertThat(Timeline.axis(40 * MS, 20)).isEqualTo("0ms     20ms    40ms");
  }

  @Test
  void axisLeavesOutTheMiddleWhenThereIsNoRoom() {
    assertThat(Timeline.axis(3 * S, 10)).isEqualTo("0s    3.0s");
  }

  @Test
  void axisKeepsOnlyTheStartOnABarTooNarrowForTheEnd() {
    assertThat(Timeline.axis(3 * S, 5)).isEqualTo("0s");
  }

  @Test
  void legendUsesTheCallersWords() {
    var chinese = new Timeline.Labels("运行", "睡眠", "等待", "阻塞", n -> "… 还有 " + n + " 个任务", "%d 个任务");

    assertThat(Timeline.legend(chinese, false)).isEqualTo("█ 运行  · 睡眠  ░ 等待  ▒ 阻塞");
  }

  @Test
  void capsTheRowsAndCountsTheRest() {
    List<Timeline.Row> rows = Collections.nCopies(100, row("t", 0, RUNNING, 1000, DONE));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN.withWidth(8).withMaxRows(3));

    assertThat(chart)
        .isEqualTo(
            """
            t  ████████
            t  ████████
            t  ████████
            … and 97 more tasks
               0s  1.0s
               █ running  · sleeping  ░ waiting  ▒ blocked""");
  }

  @Test
  void oneRowLeftOutIsOneMoreTask() {
    List<Timeline.Row> rows = Collections.nCopies(4, row("t", 0, RUNNING, 1000, DONE));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN.withWidth(8).withMaxRows(3));

    assertThat(chart.lines()).contains("… and 1 more task");
  }

  @Test
  void alignsBarsAfterChineseNames() {
    List<Timeline.Row> rows =
        List.of(row("下载", 0, RUNNING, 1000, DONE), row("a", 0, SLEEPING, 1000, DONE));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN.withWidth(4));

    assertThat(chart.lines().limit(2)).containsExactly("下载  ████", "a     ····");
  }

  @Test
  void plainModeHasNoEscapeCodes() {
    List<Timeline.Row> rows =
        List.of(row("t", 0, RUNNING, 250, SLEEPING, 500, WAITING, 750, BLOCKED, 1000, DONE));

    String chart = Timeline.renderRows(rows, 0, S, ENGLISH, PLAIN);

    assertThat(chart).doesNotContain("\u001b").contains("█", "·", "░", "▒");
  }

  @Test
  void colourModePaintsEachStretchOfAState() {
    Timeline.Row row = row("t", 0, RUNNING, 500, SLEEPING, 1000, WAITING, 1500, BLOCKED);

    String chart =
        Timeline.renderRows(List.of(row), 0, 2 * S, ENGLISH, PLAIN.withWidth(8).withColour(true));

    assertThat(chart.lines().findFirst().orElseThrow())
        .isEqualTo(
            "t  \u001b[32m██\u001b[0m\u001b[34m··\u001b[0m\u001b[33m░░\u001b[0m\u001b[31m▒▒\u001b[0m");
    assertThat(chart).endsWith("\u001b[33m░\u001b[0m waiting  \u001b[31m▒\u001b[0m blocked");
  }

  @Test
  void drawsARealRunMainFirstThenSpawnedInStartOrder() throws Exception {
    ConchRuntime rt = ConchRuntime.create(OutputRouter.plain(System.out));
    Run run = rt.tasks().beginRun("test");
    try {
      CountDownLatch bothStarted = new CountDownLatch(2);
      Task a = rt.tasks().spawn(TaskSpec.defaults().withName("a"), meetThenSleep(rt, bothStarted));
      Task b =
          rt.tasks()
              .spawn(
                  TaskSpec.defaults().withName("b").withKind(TaskKind.VIRTUAL),
                  meetThenSleep(rt, bothStarted));
      a.join();
      b.join();
    } finally {
      rt.tasks().endRun(run, false);
    }
    rt.close();

    String chart = Timeline.render(run, rt.clock().now(), ENGLISH);

    List<String> lines = chart.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("main  ").contains("░");
    assertThat(lines.get(1)).startsWith("a     ");
    assertThat(lines.get(2)).startsWith("b     ");
    assertThat(lines.get(3)).matches("      0m?s +[\\d.]+m?s +[\\d.]+m?s");
    assertThat(lines.get(4)).isEqualTo("      " + LEGEND);
    assertThat(overlap(lines.get(1), lines.get(2))).isTrue();
  }

  @Test
  void drawsOnlyTheCappedRowsOfAHugeRun() throws Exception {
    ConchRuntime rt = ConchRuntime.create(OutputRouter.plain(System.out));
    Run run = rt.tasks().beginRun("test");
    try {
      List<Task> tasks = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        tasks.add(rt.tasks().spawn(TaskSpec.defaults().withKind(TaskKind.VIRTUAL), () -> null));
      }
      for (Task task : tasks) {
        task.join();
      }
    } finally {
      rt.tasks().endRun(run, false);
    }
    rt.close();

    String chart = Timeline.render(run, rt.clock().now(), ENGLISH);

    assertThat(chart.lines()).hasSize(40 + 3).contains("… and 9961 more tasks");
  }

  private static Callable<Object> meetThenSleep(ConchRuntime rt, CountDownLatch met) {
    return () -> {
      met.countDown();
      met.await();
      rt.sleeper().sleep(100);
      return null;
    };
  }

  /** Whether two bars drawn in the same columns are both non-blank in some column. */
  private static boolean overlap(String first, String second) {
    for (int i = 0; i < Math.min(first.length(), second.length()); i++) {
      if (first.charAt(i) != ' ' && second.charAt(i) != ' ' && i >= "main  ".length()) {
        return true;
      }
    }
    return false;
  }
}
