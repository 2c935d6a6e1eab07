package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The status bar's line, {@code tasks: 3 running · 1 sleeping · 0 waiting · 0 blocked}, in the
 * caller's words, counting only tasks that have started and not yet ended.
 */
class StatusTextTest {
  @Test
  void rendersEachCountWithItsWord() {
    String line = StatusText.render(new StatusText.Counts(3, 1, 0, 0), StatusText.Labels.english());

    assertThat(line).isEqualTo("tasks: 3 running · 1 sleeping · 0 waiting · 0 blocked");
  }

  @Test
  void rendersTheCallersWords() {
    var chinese = new StatusText.Labels("任务：", "运行", "睡眠", "等待", "阻塞");

    assertThat(StatusText.render(new StatusText.Counts(2, 0, 1, 4), chinese))
        .isEqualTo("任务：2 运行 · 0 睡眠 · 1 等待 · 4 阻塞");
  }

  @Test
  void countLeavesOutTasksNotStartedOrEnded() {
    List<Task> tasks =
        List.of(
            TestTasks.in(TaskState.RUNNING),
            TestTasks.in(TaskState.RUNNING),
            TestTasks.in(TaskState.SLEEPING),
            TestTasks.in(TaskState.WAITING),
            TestTasks.in(TaskState.BLOCKED),
            TestTasks.in(TaskState.BLOCKED),
            TestTasks.in(TaskState.DONE),
            TestTasks.in(TaskState.FAILED),
            new Task("new") {});

    StatusText.Counts counts = StatusText.count(tasks);

    assertThat(counts).isEqualTo(new StatusText.Counts(2, 1, 1, 2));
    assertThat(counts.total()).isEqualTo(6);
  }

  @Test
  void countsTheLiveTasksOfARealRuntime() throws Exception {
    ConchRuntime rt = ConchRuntime.create(OutputRouter.plain(System.out));
    Run run = rt.tasks().beginRun("test");
    try {
      Task sleeper =
          rt.tasks()
              .spawn(
                  TaskSpec.defaults().withName("a"),
                  () -> {
                    rt.sleeper().sleep(60_000);
                    return null;
                  });
      TestTasks.awaitState(sleeper, TaskState.SLEEPING);

      StatusText.Counts counts = StatusText.count(rt.tasks().live());

      assertThat(counts).isEqualTo(new StatusText.Counts(1, 1, 0, 0));
    } finally {
      rt.tasks().endRun(run, false);
      rt.close();
    }
  }
}
