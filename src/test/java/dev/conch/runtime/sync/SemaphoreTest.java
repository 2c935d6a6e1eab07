package dev.conch.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Semaphores: at most n tasks hold a permit at once, a waiting task is shown blocked on the
 * semaphore with its holders named, timed and non-blocking acquires give up, and a bounded
 * semaphore refuses more releases than acquires. Also cancelling a waiter, the permit given back
 * when the body fails, and the names given to unnamed locks, semaphores, events, conditions and
 * barriers.
 */
class SemaphoreTest extends RuntimeFixture {
  @Test
  void atMostNTasksHoldPermitsAtOnce() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 2);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch leave = new CountDownLatch(1);
    List<Task> tasks = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      tasks.add(
          spawn(
              "w" + i,
              () ->
                  s.withLock(
                      () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        leave.await();
                        return inside.decrementAndGet();
                      })));
    }
    Eventually.until(
        "three tasks blocked on s",
        () -> tasks.stream().filter(t -> t.getState() == TaskState.BLOCKED).count() == 3);
    Eventually.until("the two holders inside", () -> inside.get() == 2);
    leave.countDown();
    for (Task task : tasks) {
      task.join();
      assertThat(task.getError()).isNull();
    }
    assertThat(most.get()).isEqualTo(2);
    assertThat(s.toString()).isEqualTo("semaphore s (2 of 2 free)");
  }

  @Test
  void aWaitingTaskIsBlockedOnTheSemaphoreWhichNamesItsHolders() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 2);
    CountDownLatch leave = new CountDownLatch(1);
    Task w1 = spawn("w1", () -> s.withLock(() -> leave.await(1, TimeUnit.MINUTES)));
    Eventually.until("w1 holds a permit", () -> s.free() == 1);
    Task w2 = spawn("w2", () -> s.withLock(() -> leave.await(1, TimeUnit.MINUTES)));
    Eventually.until("w2 holds a permit", () -> s.free() == 0);
    Task w3 = spawn("w3", () -> s.withLock(() -> "got one"));
    Eventually.waitsOn(w3, TaskState.BLOCKED, s);
    assertThat(String.valueOf(w3.getWaitTarget()))
        .isEqualTo("semaphore s (0 of 2 free; held by w1, w2)");
    assertThat(s.holders()).containsExactly(w1, w2);
    leave.countDown();
    assertThat(w3.getResult()).isEqualTo("got one");
    w1.join();
    w2.join();
    assertThat(s.toString()).isEqualTo("semaphore s (2 of 2 free)");
  }

  @Test
  void aTimedOrNonBlockingAcquireGivesUpWhenNoPermitIsFree() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 1);
    s.acquire();
    List<Boolean> got = new ArrayList<>();
    spawn(
            "tries",
            () -> {
              got.add(s.acquire(false));
              got.add(s.acquire(true, 0.05));
              return null;
            })
        .join();
    assertThat(got).containsExactly(false, false);
    assertThat(s.toString()).isEqualTo("semaphore s (0 of 1 free; held by main)");
    s.release();
  }

  @Test
  void aReleaseFromAnotherTaskLetsAWaiterGoAndLeavesNoHolderBehind() throws Exception {
    Semaphore signal = runtime.locks().semaphore("signal", 0);
    Task waiter = spawn("waiter", () -> signal.acquire());
    Eventually.waitsOn(waiter, TaskState.BLOCKED, signal);
    signal.release();
    assertThat(waiter.getResult()).isEqualTo(true);
    assertThat(signal.toString()).isEqualTo("semaphore signal (0 of 0 free)");
  }

  @Test
  void aPlainSemaphoreMayBeReleasedBeyondItsStart() {
    Semaphore s = runtime.locks().semaphore("s", 2);
    s.release(2);
    assertThat(s.free()).isEqualTo(4);
    assertThat(s.toString()).isEqualTo("semaphore s (4 free, started with 2)");
  }

  @Test
  void releasingABoundedSemaphoreMoreTimesThanAcquiredIsAMisuse() throws Exception {
    BoundedSemaphore s = runtime.locks().boundedSemaphore("s", 2);
    s.acquire();
    s.release();
    assertThatThrownBy(s::release)
        .isInstanceOf(MisuseError.class)
        .hasMessage("bounded semaphore s: released more times than acquired (it allows 2)");
    s.acquire();
    assertThatThrownBy(() -> s.release(2))
        .hasMessage("bounded semaphore s: released more times than acquired (it allows 2)");
    assertThat(s.toString()).isEqualTo("bounded semaphore s (1 of 2 free; held by main)");
  }

  @Test
  void aNegativeStartOrReleaseCountIsAMisuse() {
    assertThatThrownBy(() -> runtime.locks().semaphore("s", -1))
        .isInstanceOf(MisuseError.class)
        .hasMessage("semaphore s: -1 permits is negative, expected 0 or more");
    assertThatThrownBy(() -> runtime.locks().boundedSemaphore("b", -2))
        .hasMessage("bounded semaphore b: -2 permits is negative, expected 0 or more");
    Semaphore s = runtime.locks().semaphore("s", 1);
    assertThatThrownBy(() -> s.release(0))
        .isInstanceOf(MisuseError.class)
        .hasMessage("semaphore s: cannot release 0 permits, expected 1 or more");
  }

  @Test
  void cancellingAWaitingTaskEndsItsWaitAndTakesNoPermit() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 0);
    Task waiter = spawn("waiter", () -> s.acquire());
    Eventually.waitsOn(waiter, TaskState.BLOCKED, s);
    waiter.cancel();
    waiter.join();
    assertThat(waiter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(waiter.getError()).isInstanceOf(InterruptedException.class);
    s.release();
    assertThat(s.acquire(false)).isTrue();
  }

  @Test
  void withLockGivesThePermitBackWhenTheBodyFails() {
    Semaphore s = runtime.locks().semaphore("s", 1);
    assertThatThrownBy(
            () ->
                s.withLock(
                    () -> {
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(s.free()).isEqualTo(1);
  }

  @Test
  void unnamedObjectsGetReadableNamesFromTheLocksCounter() {
    assertThat(runtime.locks().lock(null).getName()).isEqualTo("lock-1");
    assertThat(runtime.locks().semaphore(null, 1).getName()).isEqualTo("semaphore-2");
    assertThat(runtime.locks().boundedSemaphore(null, 1).getName()).isEqualTo("semaphore-3");
    assertThat(runtime.locks().event(null).getName()).isEqualTo("event-4");
    Condition c = runtime.locks().condition(null, null);
    assertThat(c.getName()).isEqualTo("condition-5");
    assertThat(c.getLock().toString()).isEqualTo("rlock condition-5.lock");
    assertThat(runtime.locks().barrier(null, 2, null).getName()).isEqualTo("barrier-6");
  }
}
