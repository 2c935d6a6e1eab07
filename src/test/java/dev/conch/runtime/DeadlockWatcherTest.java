package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeadlockWatcherTest extends RuntimeFixture {
  /** Two tasks taking a and b in opposite orders, each waiting until the other has its first. */
  private List<Task> crossed(Lock a, Lock b) {
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    Task left =
        runtime
            .tasks()
            .spawn(
                TaskSpec.defaults().withName("left"),
                () ->
                    a.withLock(
                        () -> {
                          bothHoldOne.countDown();
                          bothHoldOne.await();
                          return b.withLock(() -> "left");
                        }));
    Task right =
        runtime
            .tasks()
            .spawn(
                TaskSpec.defaults().withName("right"),
                () ->
                    b.withLock(
                        () -> {
                          bothHoldOne.countDown();
                          bothHoldOne.await();
                          return a.withLock(() -> "right");
                        }));
    return List.of(left, right);
  }

  @Test
  void aCycleIsReportedOnceNamingWhoHoldsAndWhoWaits() throws Exception {
    CompletableFuture<Deadlock> reported = new CompletableFuture<>();
    runtime.deadlocks().addListener(reported::complete);
    runtime.deadlocks().start();
    Lock a = runtime.locks().lock("a");
    Lock b = runtime.locks().lock("b");
    List<Task> tasks = crossed(a, b);
    Deadlock deadlock = reported.get(5, TimeUnit.SECONDS);
    assertThat(deadlock.links())
        .extracting(
            l ->
                l.waiter().getName()
                    + " waits for "
                    + l.lock().getName()
                    + " held by "
                    + l.holder().getName())
        .containsExactlyInAnyOrder(
            "left waits for b held by right", "right waits for a held by left");
    deadlock.cure();
    for (Task task : tasks) {
      task.join();
      assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
    }
    assertThat(a.locked()).isFalse();
    assertThat(b.locked()).isFalse();
  }

  @Test
  void aTaskMerelyWaitingForAHolderThatRunsIsNoDeadlock() throws Exception {
    Lock a = runtime.locks().lock("a");
    a.acquire();
    Task waiter =
        runtime.tasks().spawn(TaskSpec.defaults().withName("waiter"), () -> a.withLock(() -> 1));
    while (waiter.getState() != TaskState.BLOCKED) {
      Thread.onSpinWait();
    }
    assertThat(DeadlockWatcher.find(runtime.tasks().live())).isEmpty();
    a.release();
    waiter.join();
  }
}
