package dev.conch.runtime.deadlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.sync.JvmLock;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.lang.management.LockInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/**
 * Deadlock detection: two tasks taking two locks in opposite orders are reported once, naming who
 * holds and who waits, and cured by cancelling them, whether the locks are Conch's, Java's used
 * directly, or one of each. A task merely waiting for a holder that still runs is no deadlock.
 */
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
                    + l.lock().label()
                    + " held by "
                    + l.holder().getName())
        .containsExactlyInAnyOrder(
            "left waits for lock b held by right", "right waits for lock a held by left");
    deadlock.cure();
    for (Task task : tasks) {
      task.join();
      assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
    }
    assertThat(a.locked()).isFalse();
    assertThat(b.locked()).isFalse();
  }

  @Test
  void aCycleOnJavaLocksUsedDirectlyIsFoundThroughTheJvmAndCured() throws Exception {
    CompletableFuture<Deadlock> reported = new CompletableFuture<>();
    runtime.deadlocks().addListener(reported::complete);
    runtime.deadlocks().start();
    ReentrantLock a = new ReentrantLock();
    ReentrantLock b = new ReentrantLock();
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    List<Task> tasks =
        List.of(
            spawn("left", () -> crossJava(a, b, bothHoldOne)),
            spawn("right", () -> crossJava(b, a, bothHoldOne)));
    Deadlock deadlock = reported.get(5, TimeUnit.SECONDS);
    assertThat(deadlock.links())
        .extracting(l -> l.waiter().getName() + " waits for " + l.lock().label())
        .satisfiesExactlyInAnyOrder(
            line -> assertThat(line).matches("left waits for ReentrantLock@[0-9a-f]+"),
            line -> assertThat(line).matches("right waits for ReentrantLock@[0-9a-f]+"));
    assertThat(deadlock.links().get(0).lock()).isNotEqualTo(deadlock.links().get(1).lock());
    assertThat(deadlock.throughJavaLocks()).isTrue();
    deadlock.cure();
    for (Task task : tasks) {
      task.join();
    }
    // the first to be interrupted lets go, and the other may take its lock before its own
    // interrupt arrives: a plain Java lock cannot refuse it, as a runtime lock does
    assertThat(tasks)
        .extracting(Task::getState)
        .contains(TaskState.CANCELLED)
        .allMatch(s -> s == TaskState.CANCELLED || s == TaskState.DONE);
  }

  @Test
  void aCycleThroughARuntimeLockAndAJavaLockIsFound() throws Exception {
    CompletableFuture<Deadlock> reported = new CompletableFuture<>();
    runtime.deadlocks().addListener(reported::complete);
    runtime.deadlocks().start();
    Lock conch = runtime.locks().lock("conch");
    ReentrantLock java = new ReentrantLock();
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    List<Task> tasks =
        List.of(
            spawn(
                "left",
                () ->
                    conch.withLock(
                        () -> {
                          bothHoldOne.countDown();
                          bothHoldOne.await();
                          java.lockInterruptibly();
                          java.unlock();
                          return null;
                        })),
            spawn(
                "right",
                () -> {
                  java.lockInterruptibly();
                  try {
                    bothHoldOne.countDown();
                    bothHoldOne.await();
                    return conch.withLock(() -> null);
                  } finally {
                    java.unlock();
                  }
                }));
    Deadlock deadlock = reported.get(5, TimeUnit.SECONDS);
    assertThat(deadlock.links())
        .extracting(l -> l.waiter().getName() + " waits for " + l.lock().label())
        .satisfiesExactlyInAnyOrder(
            line -> assertThat(line).matches("left waits for ReentrantLock@[0-9a-f]+"),
            line -> assertThat(line).isEqualTo("right waits for lock conch"));
    deadlock.cure();
    for (Task task : tasks) {
      task.join();
    }
    assertThat(conch.locked()).isFalse();
  }

  private static Object crossJava(ReentrantLock first, ReentrantLock second, CountDownLatch both)
      throws InterruptedException {
    first.lockInterruptibly();
    try {
      both.countDown();
      both.await();
      second.lockInterruptibly();
      second.unlock();
      return null;
    } finally {
      first.unlock();
    }
  }

  @Test
  void aJvmMonitorIsNamedAsTheSynchronizedBlockOfItsObject() {
    assertThat(JvmLock.of(new LockInfo("java.lang.Object", 0x1f), true).label())
        .isEqualTo("synchronized (Object@1f)");
    assertThat(
            JvmLock.of(
                    new LockInfo("java.util.concurrent.locks.ReentrantLock$NonfairSync", 0xab),
                    false)
                .label())
        .isEqualTo("ReentrantLock@ab");
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
