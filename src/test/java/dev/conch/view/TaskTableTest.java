package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.pool.AsyncResult;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.task.Turn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The /tasks table: one aligned row per task with its kind, its state, how long it has been in it
 * and what it waits for or does, fitted to the terminal's width by cutting long names and details,
 * and aligned by screen cells for Chinese words. Also real tasks and pool workers as the table
 * shows them.
 */
class TaskTableTest {
  private static final long MS = 1_000_000L;
  private static final long NOW = 2_000 * MS;

  private static final Map<TaskState, String> CHINESE_STATES =
      Map.of(
          TaskState.RUNNING, "运行",
          TaskState.SLEEPING, "睡眠",
          TaskState.WAITING, "等待",
          TaskState.FAILED, "失败");

  private static final TaskTable.Labels CHINESE =
      new TaskTable.Labels(
          "编号",
          "名称",
          "类型",
          "状态",
          "持续",
          "详情",
          "睡眠 %d 毫秒",
          "等待任务 %s",
          state -> CHINESE_STATES.getOrDefault(state, state.word()),
          target -> target instanceof Turn ? "轮到它" : String.valueOf(target));

  private static TaskTable.Row row(
      long id, String name, TaskKind kind, TaskState state, long since, Object target) {
    return new TaskTable.Row(id, name, kind, state, since, target, null);
  }

  @Test
  void rendersOneAlignedLinePerTask() {
    List<TaskTable.Row> rows =
        List.of(
            row(1, "main", TaskKind.THREAD, TaskState.WAITING, 800 * MS, new Task("b") {}),
            row(2, "a", TaskKind.VIRTUAL, TaskState.SLEEPING, 1_650 * MS, Duration.ofMillis(400)),
            new TaskTable.Row(
                3,
                "b",
                TaskKind.THREAD,
                TaskState.FAILED,
                1_000 * MS,
                null,
                new ArithmeticException("Division by zero")),
            row(12, "c", TaskKind.THREAD, TaskState.RUNNING, 1_990 * MS, null),
            row(13, "d", TaskKind.THREAD, TaskState.BLOCKED, 0, "lock L"));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english());

    assertThat(table)
        .isEqualTo(
            """
            ID  NAME  KIND     STATE     FOR    DETAIL
             1  main  thread   waiting   1.2s   on task b
             2  a     virtual  sleeping  350ms  sleeping 400 ms
             3  b     thread   failed    1.0s   ArithmeticException: Division by zero
            12  c     thread   running   10ms
            13  d     thread   blocked   2.0s   lock L""");
  }

  @Test
  void alignsChineseHeadersAndNamesByCells() {
    List<TaskTable.Row> rows =
        List.of(
            row(1, "下载器", TaskKind.THREAD, TaskState.SLEEPING, 1_000 * MS, Duration.ofMillis(400)),
            row(2, "a", TaskKind.VIRTUAL, TaskState.RUNNING, 1_500 * MS, null));

    String table = TaskTable.renderRows(rows, NOW, CHINESE);

    assertThat(table)
        .isEqualTo(
            """
            编号  名称    类型     状态  持续   详情
               1  下载器  thread   睡眠  1.0s   睡眠 400 毫秒
               2  a       virtual  运行  500ms""");
    List<String> lines = table.lines().toList();
    assertThat(lines)
        .extracting(line -> TextWidth.of(line.substring(0, line.indexOf(kindCell(line)))))
        .containsOnly(TextWidth.of("编号  名称    "));
  }

  private static String kindCell(String line) {
    for (String kind : List.of("类型", "thread", "virtual")) {
      if (line.contains(kind)) {
        return kind;
      }
    }
    throw new AssertionError("no kind in " + line);
  }

  @Test
  void fitsEightyColumnsWithOneRowPerTaskCuttingLongDetails() {
    List<TaskTable.Row> rows =
        List.of(
            row(1, "download-worker-1", TaskKind.VIRTUAL, TaskState.BLOCKED, 0, "x".repeat(120)),
            new TaskTable.Row(
                2,
                "pool-1-worker-2",
                TaskKind.THREAD,
                TaskState.SLEEPING,
                1_000 * MS,
                Duration.ofMillis(400),
                null,
                "job 7: fetch('http://example.org/a/very/long/path/to/a/file.bin')"),
            row(3, "c", TaskKind.THREAD, TaskState.RUNNING, 1_990 * MS, "short"));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english(), 80);

    assertThat(table)
        .isEqualTo(
            """
            ID  NAME               KIND     STATE     FOR   DETAIL
             1  download-worker-1  virtual  blocked   2.0s  xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…
             2  pool-1-worker-2    thread   sleeping  1.0s  job 7: fetch('http://example.or…
             3  c                  thread   running   10ms  short""");
    assertThat(table.lines().map(TextWidth::of)).containsExactly(54, 80, 80, 53);
  }

  @Test
  void cutsNamesTooWhenTheDetailWouldHaveNoRoom() {
    String name = "a-rather-long-task-name";
    List<TaskTable.Row> rows =
        List.of(row(1, name, TaskKind.PROCESS, TaskState.WAITING, 0, "queue q: " + "y".repeat(60)));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english(), 60);

    assertThat(table.lines()).hasSize(2).allMatch(line -> TextWidth.of(line) <= 60);
    assertThat(table).contains("a-ra…-name  process").contains("queue q: yyyyyyyyyy…");
  }

  @Test
  void keepsAMultiLineDetailOnOneRowAndNeverPassesAVeryNarrowWidth() {
    List<TaskTable.Row> rows =
        List.of(row(1, "t", TaskKind.THREAD, TaskState.BLOCKED, 0, "first\nsecond"));

    assertThat(TaskTable.renderRows(rows, NOW, TaskTable.Labels.english()).lines().toList())
        .endsWith(" 1  t     thread  blocked  2.0s  first second");
    assertThat(TaskTable.renderRows(rows, NOW, TaskTable.Labels.english(), 30).lines())
        .hasSize(2)
        .allMatch(line -> TextWidth.of(line) <= 30);
  }

  @Test
  void cutsLongNamesToTheirColumn() {
    String name = "x".repeat(40);
    List<TaskTable.Row> rows = List.of(row(1, name, TaskKind.THREAD, TaskState.RUNNING, 0, null));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english());

    int head = (TaskTable.NAME_WIDTH - 1) / 2;
    assertThat(table)
        .contains("x".repeat(head) + "…" + "x".repeat(TaskTable.NAME_WIDTH - 1 - head) + " ");
  }

  @Test
  void leavesDurationBlankForATaskNotStarted() {
    List<TaskTable.Row> rows = List.of(row(4, "later", TaskKind.THREAD, TaskState.NEW, 0, null));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english());

    assertThat(table.lines().toList().get(1)).isEqualTo(" 4  later  thread  new");
  }

  @Test
  void rendersNothingForNoTasks() {
    assertThat(TaskTable.render(List.of(), NOW, TaskTable.Labels.english())).isEmpty();
  }

  @Test
  void showsWhatRealTasksAreDoing() throws Exception {
    ConchRuntime rt = ConchRuntime.create(OutputRouter.plain(System.out));
    Run run = rt.tasks().beginRun("test");
    try {
      Task a = rt.tasks().spawn(TaskSpec.defaults().withName("a"), TestTasks.sleeping(rt, 60_000));
      Task b =
          rt.tasks()
              .spawn(
                  TaskSpec.defaults().withName("b"),
                  () -> {
                    a.join();
                    return null;
                  });
      Task c =
          rt.tasks()
              .spawn(
                  TaskSpec.defaults().withName("c").withKind(TaskKind.VIRTUAL),
                  () -> {
                    throw new ArithmeticException("/ by zero");
                  });
      c.join();
      TestTasks.awaitState(a, TaskState.SLEEPING);
      TestTasks.awaitState(b, TaskState.WAITING);

      String table =
          TaskTable.render(List.of(a, b, c), rt.clock().now(), TaskTable.Labels.english());

      List<String> lines = table.lines().toList();
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).startsWith("ID  NAME  KIND");
      assertThat(lines.get(1)).matches(line("a", "thread", "sleeping", "sleeping 60000 ms"));
      assertThat(lines.get(2)).matches(line("b", "thread", "waiting", "on task a"));
      assertThat(lines.get(3))
          .matches(line("c", "virtual", "failed", "ArithmeticException: / by zero"));
      a.cancel();
      b.join();
    } finally {
      rt.tasks().endRun(run, false);
      rt.close();
    }
  }

  @Test
  void aBusyTaskShowsWhatItDoesAndWhatItWaitsFor() {
    List<TaskTable.Row> rows =
        List.of(
            new TaskTable.Row(
                1,
                "p-worker-1",
                TaskKind.THREAD,
                TaskState.RUNNING,
                1_900 * MS,
                null,
                null,
                "job 7: fn(3)"),
            new TaskTable.Row(
                2,
                "p-worker-2",
                TaskKind.THREAD,
                TaskState.SLEEPING,
                1_800 * MS,
                Duration.ofMillis(400),
                null,
                "job 8: fn(4)"),
            new TaskTable.Row(
                3,
                "done",
                TaskKind.THREAD,
                TaskState.DONE,
                1_000 * MS,
                null,
                null,
                "job 9: fn(5)"));

    String table = TaskTable.renderRows(rows, NOW, TaskTable.Labels.english());

    assertThat(table)
        .isEqualTo(
            """
            ID  NAME        KIND    STATE     FOR    DETAIL
             1  p-worker-1  thread  running   100ms  job 7: fn(3)
             2  p-worker-2  thread  sleeping  200ms  job 8: fn(4) · sleeping 400 ms
             3  done        thread  done      1.0s""");
  }

  @Test
  void poolWorkersShowTheirJobAndIdleOnesThePool() throws Exception {
    ConchRuntime rt = ConchRuntime.create(OutputRouter.plain(System.out));
    Run run = rt.tasks().beginRun("test");
    try {
      Pool pool = rt.pools().pool("p", 2, "thread");
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AsyncResult result =
          pool.applyAsync(
              args -> {
                started.countDown();
                release.await();
                return null;
              },
              List.of(3));
      started.await();
      List<Task> workers = pool.workers();
      Task idle = workers.stream().filter(w -> w.getDoing() == null).findFirst().orElseThrow();
      TestTasks.awaitState(idle, TaskState.WAITING);

      String table = TaskTable.render(workers, rt.clock().now(), TaskTable.Labels.english());

      assertThat(table.lines().skip(1).toList())
          .anyMatch(l -> l.matches(line("p-worker-\\d", "thread", "running", "job 1: fn(3)")))
          .anyMatch(
              l -> l.matches(line("p-worker-\\d", "thread", "waiting", "pool p (0 jobs queued)")));
      release.countDown();
      result.get();
    } finally {
      rt.tasks().endRun(run, false);
      rt.close();
    }
  }

  private static String line(String name, String kind, String state, String detail) {
    return " *\\d+  "
        + name
        + " +"
        + kind
        + " +"
        + state
        + " +(\\d+ms|\\d+\\.\\ds) +"
        + Pattern.quote(detail);
  }

  @Test
  void aProcessShowsItsPidBesideItsKind() {
    String table =
        TaskTable.renderRows(
            List.of(
                new TaskTable.Row(
                    3, "kid", TaskKind.PROCESS, TaskState.RUNNING, 0, null, null, null, 4242)),
            0,
            TaskTable.Labels.english());
    assertThat(table.lines().skip(1).findFirst().orElseThrow()).contains("kid   process 4242");
  }

  @Test
  void aCoroutineWaitingForItsTurnSaysSoInTheLearnersWords() {
    String table =
        TaskTable.renderRows(
            List.of(row(4, "a", TaskKind.COROUTINE, TaskState.WAITING, 0, Turn.ITS_TURN)),
            NOW,
            CHINESE);
    assertThat(table.lines().skip(1).findFirst().orElseThrow()).endsWith("轮到它");
  }

  @Test
  void longNamesMadeAlikeStayDistinctWhenTheyAreCut() {
    List<TaskTable.Row> rows =
        List.of(
            row(1, "downloader-with-a-long-name-1", TaskKind.VIRTUAL, TaskState.RUNNING, 0, null),
            row(2, "downloader-with-a-long-name-2", TaskKind.VIRTUAL, TaskState.RUNNING, 0, null));
    List<String> names =
        TaskTable.renderRows(rows, NOW, TaskTable.Labels.english())
            .lines()
            .skip(1)
            .map(line -> line.trim().split("\\s+")[1])
            .toList();
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.contains("…"));
  }
}
