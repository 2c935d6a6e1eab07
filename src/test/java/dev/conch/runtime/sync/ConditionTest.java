package dev.conch.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.deadlock.Deadlock;
import dev.conch.runtime.deadlock.DeadlockWatcher;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Conditions: notify wakes the task that has waited longest and notify_all wakes them all, a woken
 * task takes the lock back before it goes on, and wait_for waits until its test holds or its time
 * is up. Also waiting or notifying without the lock, cancelling a waiter, and a deadlock formed
 * while taking the lock back, which the watcher finds.
 */
class ConditionTest extends RuntimeFixture {
  @Test
  void notifyWakesExactlyOneWaiterTheLongestWaiting() throws Exception {
    Condition c = runtime.locks().condition("c", null);
    List<Task> waiters = new ArrayList<>();
    for (String name : List.of("w1", "w2", "w3")) {
      Task waiter = spawn(name, () -> c.withLock(() -> c.await()));
      Eventually.waitsOn(waiter, TaskState.WAITING, c);
      waiters.add(waiter);
    }
    assertThat(String.valueOf(waiters.get(2).getWaitTarget())).isEqualTo("condition c (3 waiting)");
    c.withLock(
        () -> {
          c.signal(1);
          return null;
        });
    assertThat(c.waiting()).isEqualTo(2);
    assertThat(waiters.get(0).getResult()).isEqualTo(true);
    assertThat(waiters.get(1).getState()).isEqualTo(TaskState.WAITING);
    assertThat(waiters.get(2).getState()).isEqualTo(TaskState.WAITING);
    c.withLock(
        () -> {
          c.signalAll();
          return null;
        });
    for (Task waiter : waiters) {
      assertThat(waiter.getResult()).isEqualTo(true);
    }
    assertThat(c.toString()).isEqualTo("condition c (none waiting)");
  }

  @Test
  void waitLetsGoOfAReentrantLockEntirelyAndTakesItBackAsOften() throws Exception {
    RLock r = runtime.locks().rlock("r");
    Condition c = runtime.locks().condition("c", r);
    Task waiter =
        spawn(
            "waiter",
            () -> {
              r.acquire();
              r.acquire();
              c.await();
              boolean mine = r.owner() == Task.current();
              r.release();
              boolean stillMine = r.owner() == Task.current();
              r.release();
              return List.of(mine, stillMine, r.locked());
            });
    Eventually.waitsOn(waiter, TaskState.WAITING, c);
    assertThat(r.locked()).isFalse();
    c.withLock(
        () -> {
          c.signal(1);
          return null;
        });
    assertThat(waiter.getResult()).isEqualTo(List.of(true, true, false));
  }

  @Test
  void aNotifiedTaskIsBlockedOnTheLockUntilTheNotifierLetsGo() throws Exception {
    Lock a = runtime.locks().lock("a");
    Condition c = runtime.locks().condition("c", a);
    Task waiter = spawn("waiter", () -> c.withLock(() -> c.await()));
    Eventually.waitsOn(waiter, TaskState.WAITING, c);
    a.acquire();
    c.signal(1);
    Eventually.waitsOn(waiter, TaskState.BLOCKED, a);
    assertThat(String.valueOf(waiter.getWaitTarget())).isEqualTo("lock a (held by main)");
    a.release();
    assertThat(waiter.getResult()).isEqualTo(true);
    assertThat(a.locked()).isFalse();
  }

  @Test
  void aTimedWaitReturnsFalseHoldingTheLockAgain() throws Exception {
    Condition c = runtime.locks().condition("c", null);
    Task waiter =
        spawn("waiter", () -> c.withLock(() -> List.of(c.await(0.05), c.getLock().owner())));
    assertThat(waiter.getResult()).isEqualTo(List.of(false, waiter));
    assertThat(c.waiting()).isZero();
    assertThat(c.getLock().locked()).isFalse();
  }

  @Test
  void waitForReturnsOnceThePredicateHolds() throws Exception {
    Condition c = runtime.locks().condition("c", null);
    AtomicBoolean ready = new AtomicBoolean();
    Task consumer = spawn("consumer", () -> c.withLock(() -> c.waitFor(ready::get)));
    Eventually.waitsOn(consumer, TaskState.WAITING, c);
    c.withLock(
        () -> {
          c.signalAll(); // woken, the predicate is still false: it waits again
          return null;
        });
    Eventually.until("consumer waits again", () -> c.waiting() == 1);
    c.withLock(
        () -> {
          ready.set(true);
          c.signalAll();
          return null;
        });
    assertThat(consumer.getResult()).isEqualTo(true);
  }

  @Test
  void waitForGivesUpAfterItsTimeoutWithThePredicatesAnswer() throws Exception {
    Condition c = runtime.locks().condition("c", null);
    assertThat(c.withLock(() -> c.waitFor(() -> false, 0.05))).isFalse();
    assertThat(c.withLock(() -> c.waitFor(() -> true, 0))).isTrue();
  }

  @Test
  void waitingOrNotifyingWithoutTheLockIsAMisuse() {
    Condition c = runtime.locks().condition("c", null);
    assertThatThrownBy(c::await)
        .isInstanceOf(MisuseError.class)
        .hasMessage("condition c: wait() needs its lock held; call it inside withLock { … }");
    assertThatThrownBy(() -> c.waitFor(() -> true))
        .hasMessage("condition c: wait_for() needs its lock held; call it inside withLock { … }");
    assertThatThrownBy(() -> c.signal(1))
        .hasMessage("condition c: notify() needs its lock held; call it inside withLock { … }");
    assertThatThrownBy(c::signalAll)
        .hasMessage("condition c: notify_all() needs its lock held; call it inside withLock { … }");
  }

  @Test
  void cancellingAWaitingTaskEndsItsWaitAndFreesTheLock() throws Exception {
    Condition c = runtime.locks().condition("c", null);
    Task waiter = spawn("waiter", () -> c.withLock(() -> c.await()));
    Eventually.waitsOn(waiter, TaskState.WAITING, c);
    waiter.cancel();
    waiter.join();
    assertThat(waiter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(waiter.getError()).isInstanceOf(InterruptedException.class);
    assertThat(c.waiting()).isZero();
    assertThat(c.getLock().locked()).isFalse();
  }

  @Test
  void anInterruptedWaiterPassesItsNotifyOn() throws Exception {
    Lock a = runtime.locks().lock("a");
    Condition c = runtime.locks().condition("c", a);
    Task first = spawn("first", () -> c.withLock(() -> c.await()));
    Eventually.waitsOn(first, TaskState.WAITING, c);
    Task second = spawn("second", () -> c.withLock(() -> c.await()));
    Eventually.waitsOn(second, TaskState.WAITING, c);
    a.acquire();
    c.signal(1); // first is notified, then cancelled before it has the lock back
    Eventually.waitsOn(first, TaskState.BLOCKED, a);
    first.cancel();
    a.release();
    first.join();
    assertThat(first.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(second.getResult()).isEqualTo(true);
  }

  @Test
  void aTaskTakingTheLockBackIsPartOfADeadlockTheWatcherFinds() throws Exception {
    Lock a = runtime.locks().lock("a");
    Lock b = runtime.locks().lock("b");
    Condition c = runtime.locks().condition("c", a);
    Task left = spawn("left", () -> b.withLock(() -> c.withLock(() -> c.await())));
    Eventually.waitsOn(left, TaskState.WAITING, c);
    Task right =
        spawn(
            "right",
            () ->
                a.withLock(
                    () -> {
                      c.signal(1);
                      return b.withLock(() -> "never");
                    }));
    Eventually.waitsOn(right, TaskState.BLOCKED, b);
    Eventually.waitsOn(left, TaskState.BLOCKED, a);
    List<Deadlock> found = DeadlockWatcher.find(List.of(left, right));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).taskIds()).containsExactlyInAnyOrder(left.getId(), right.getId());
    found.get(0).cure();
    left.join();
    right.join();
    assertThat(left.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(right.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(a.locked()).isFalse();
    assertThat(b.locked()).isFalse();
  }
}
