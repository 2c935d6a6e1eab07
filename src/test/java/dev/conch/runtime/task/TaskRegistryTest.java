package dev.conch.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.errors.TaskFailedError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Tasks from start to end: joining one for its result, with or without a timeout, cancelling a
 * sleeper, a failure kept and rethrown, and each sleep and wait recorded in its journal. Also how a
 * run waits for its non-daemon tasks and cuts its daemons, that 100,000 virtual tasks all run, that
 * lines printed by different tasks never mix, and the exact error for each misuse.
 */
class TaskRegistryTest extends RuntimeFixture {
  @Override
  protected OutputRouter.Sink sink() {
    return (task, text, error) -> {
      synchronized (lines) {
        lines.add((task == null ? "?" : task.getName()) + ": " + text);
      }
    };
  }

  private final List<String> lines = new ArrayList<>();

  @Test
  void joinWaitsForTheResult() throws Exception {
    Task task = spawn("answer", () -> 6 * 7);
    task.join();
    assertThat(task.isAlive()).isFalse();
    assertThat(task.getResult()).isEqualTo(42);
    assertThat(task.getState()).isEqualTo(TaskState.DONE);
    assertThat(task.isAlive()).isFalse();
  }

  @Test
  void joinWithTimeoutSaysTheTaskIsStillRunning() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Task task =
        spawn(
            "held",
            () -> {
              release.await();
              return null;
            });
    assertThat(task.join(0.05)).isFalse();
    assertThat(task.isAlive()).isTrue();
    release.countDown();
    assertThat(task.join(10)).isTrue();
  }

  @Test
  void cancelEndsASleepingTaskAtOnce() throws Exception {
    CountDownLatch asleep = new CountDownLatch(1);
    Task task =
        spawn(
            "sleeper",
            () -> {
              asleep.countDown();
              runtime.sleeper().sleep(60_000);
              return null;
            });
    asleep.await();
    assertThat(task.cancel()).isTrue();
    task.join();
    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
  }

  @Test
  void aFailedTaskKeepsItsErrorAndResultRethrowsIt() throws Exception {
    Task task = spawn("broken", () -> 1 / zero());
    task.join();
    assertThat(task.getState()).isEqualTo(TaskState.FAILED);
    assertThat(task.getError()).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(task::getResult)
        .isInstanceOf(TaskFailedError.class)
        .hasMessage("task broken failed: ArithmeticException: / by zero");
  }

  private static int zero() {
    return 0;
  }

  @Test
  void theJournalRecordsSleepingAndWaiting() throws Exception {
    Task sleeper =
        spawn(
            "sleeper",
            () -> {
              runtime.sleeper().sleep(20);
              return null;
            });
    sleeper.join();
    List<TaskState> states =
        sleeper.journal().entries().stream().map(Journal.Entry::state).toList();
    assertThat(states)
        .containsExactly(TaskState.RUNNING, TaskState.SLEEPING, TaskState.RUNNING, TaskState.DONE);
    assertThat(sleeper.journal().entries().get(1).target()).isEqualTo(Duration.ofMillis(20));
  }

  @Test
  void aJoiningTaskIsWaitingOnTheTaskItJoins() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Task held =
        spawn(
            "held",
            () -> {
              release.await();
              return null;
            });
    Task waiter =
        spawn(
            "waiter",
            () -> {
              held.join();
              return null;
            });
    while (waiter.getState() != TaskState.WAITING) {
      Thread.onSpinWait();
    }
    assertThat(waiter.getWaitTarget()).isSameAs(held);
    release.countDown();
    waiter.join();
    assertThat(waiter.journal().entries().stream().map(Journal.Entry::state))
        .containsExactly(TaskState.RUNNING, TaskState.WAITING, TaskState.RUNNING, TaskState.DONE);
  }

  @Test
  void aRunWaitsForItsNonDaemonsAndCutsItsDaemons() throws Exception {
    Task worker =
        spawn(
            "worker",
            () -> {
              runtime.sleeper().sleep(30);
              return "done";
            });
    Task daemon =
        runtime
            .tasks()
            .spawn(
                TaskSpec.defaults().withName("daemon").withDaemon(true),
                () -> {
                  runtime.sleeper().sleep(60_000);
                  return null;
                });
    run.awaitNonDaemons();
    assertThat(worker.getState()).isEqualTo(TaskState.DONE);
    assertThat(daemon.isAlive()).isTrue();
    assertThat(run.cutDaemons()).isEqualTo(1);
    daemon.join();
    assertThat(daemon.getState()).isEqualTo(TaskState.CANCELLED);
  }

  @Test
  void aTaskCannotJoinItself() throws Exception {
    Task[] self = new Task[1];
    CountDownLatch made = new CountDownLatch(1);
    Task task =
        spawn(
            "narcissus",
            () -> {
              made.await();
              self[0].join();
              return null;
            });
    self[0] = task;
    made.countDown();
    task.join();
    assertThat(task.getError())
        .hasMessage("task narcissus cannot join itself: it would wait forever");
  }

  @Test
  void settingDaemonAfterStartIsRefused() throws Exception {
    Task task = spawn("started", () -> null);
    task.join();
    assertThatThrownBy(() -> task.setDaemon(true))
        .hasMessage(
            "task started: set daemon before the task starts, not while it is done:"
                + " spawn(daemon: …) { … }, or spawn(start: false) { … }, set it, then start()");
  }

  @Test
  void aHundredThousandVirtualTasksAllRunAndAreJournaled() throws Exception {
    List<Task> tasks = new ArrayList<>();
    TaskSpec spec = TaskSpec.defaults().withKind(TaskKind.VIRTUAL);
    for (int i = 0; i < 100_000; i++) {
      tasks.add(
          runtime
              .tasks()
              .spawn(
                  spec,
                  () -> {
                    runtime.sleeper().sleep(1);
                    return null;
                  }));
    }
    for (Task task : tasks) {
      task.join();
    }
    assertThat(tasks).allMatch(t -> t.getState() == TaskState.DONE);
    assertThat(tasks).allMatch(t -> t.journal().entries().size() == 4);
    assertThat(run.spawned()).hasSize(100_000);
    assertThat(runtime.tasks().liveCount()).isEqualTo(1);
  }

  @Test
  void theLatestRunWithTasksIsTheNewestEvenWhenAnOlderOneStartsOneLater() throws Exception {
    Task first = spawn("first", () -> null);
    Run older = run;
    Run[] newer = new Run[1];
    // a second run begins on another thread (a script beside the prompt) and starts a task
    Thread other =
        new Thread(
            () -> {
              newer[0] = runtime.tasks().beginRun("newer");
              try {
                runtime.tasks().spawn(TaskSpec.defaults().withName("second"), () -> null).join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              runtime.tasks().endRun(newer[0], false);
            });
    other.start();
    other.join();
    assertThat(runtime.tasks().latestRunWithTasks()).isSameAs(newer[0]);

    spawn("late", () -> null).join(); // the older run starts one more
    first.join();
    assertThat(runtime.tasks().latestRunWithTasks()).isSameAs(newer[0]);
    assertThat(older.spawned()).extracting(Task::getName).containsExactly("first", "late");
  }

  @Test
  void anEndedTaskLetsGoOfItsThreadButStillJoinsAndNamesItself() throws Exception {
    Task task = runtime.tasks().spawn(TaskSpec.defaults().withKind(TaskKind.VIRTUAL), () -> 1);
    task.join();
    assertThat(task.isAlive()).isFalse();
    assertThat(task.thread()).isNull();
    assertThat(task.join(0)).isTrue();
    assertThat(task.getName()).isEqualTo("task-" + task.getId());
    assertThat(runtime.tasks().live()).containsExactly(run.main());
  }

  @Test
  void linesOfDifferentTasksNeverMix() throws Exception {
    List<Task> tasks = new ArrayList<>();
    for (String name : List.of("a", "b", "c")) {
      tasks.add(
          spawn(
              name,
              () -> {
                for (int i = 0; i < 200; i++) {
                  runtime.output().out().print(name + i);
                  runtime.output().out().print("-");
                  runtime.output().out().println("end");
                }
                return null;
              }));
    }
    for (Task task : tasks) {
      task.join();
    }
    assertThat(lines).hasSize(600);
    assertThat(lines).allMatch(l -> l.matches("([abc]): \\1\\d+-end"));
  }

  @Test
  void anUnfinishedLineIsFlushedWhenItsTaskEnds() throws Exception {
    spawn(
            "partial",
            () -> {
              runtime.output().out().print("no newline");
              return null;
            })
        .join();
    assertThat(lines).containsExactly("partial: no newline");
  }

  @Test
  void negativeSleepIsAClearError() {
    assertThatThrownBy(() -> runtime.sleeper().sleep(-5))
        .hasMessage("sleep: -5 ms is negative, expected 0 or more");
  }

  @Test
  void unknownKindNamesTheKindsThatExist() {
    assertThatThrownBy(() -> TaskKind.parse("fiber"))
        .hasMessage("unknown kind 'fiber', expected thread|virtual|process|coroutine");
  }
}
