package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.deadlock.CureOutcome;
import dev.conch.runtime.deadlock.Deadlock;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cured or cancelled task lets go of everything it holds as it ends, however it took it: the
 * seeds take locks with {@code acquire()} and never reach their {@code release()}.
 */
@Timeout(30)
class CancelReleasesTest extends RuntimeFixture {
  /** The seeds' deadlock: each task acquire()s one lock, then the other, and releases neither. */
  private List<Task> crossedWithAcquire(Lock a, Lock b) {
    CountDownLatch bothHoldOne = new CountDownLatch(2);
    return List.of(
        spawn("x1", () -> takeBoth(a, b, bothHoldOne)),
        spawn("x2", () -> takeBoth(b, a, bothHoldOne)));
  }

  private static Object takeBoth(Lock first, Lock second, CountDownLatch both) throws Exception {
    first.acquire();
    both.countDown();
    both.await();
    second.acquire();
    second.release();
    first.release();
    return null;
  }

  private Deadlock awaitDeadlock() throws Exception {
    CompletableFuture<Deadlock> reported = new CompletableFuture<>();
    runtime.deadlocks().addListener(reported::complete);
    runtime.deadlocks().start();
    return reported.get(10, TimeUnit.SECONDS);
  }

  @Test
  void curingADeadlockOfAcquireCallsFreesBothLocksAndANewTaskTakesOne() throws Exception {
    Lock a = runtime.locks().lock("mA");
    Lock b = runtime.locks().lock("mB");
    List<Task> tasks = crossedWithAcquire(a, b);
    Deadlock deadlock = awaitDeadlock();

    CureOutcome outcome = deadlock.cureAndWait(Duration.ofSeconds(10));

    assertThat(outcome.complete()).isTrue();
    assertThat(outcome.ended()).containsExactlyInAnyOrderElementsOf(tasks);
    assertThat(List.of(a.locked(), b.locked())).containsExactly(false, false);
    Task next = spawn("next", () -> a.withLock(() -> "took mA"));
    assertThat(next.getResult()).isEqualTo("took mA");
  }

  @Test
  void aCancelledTaskLetsGoOfEveryHoldOfAnRLockAndOfItsPlainLocks() throws Exception {
    RLock r = runtime.locks().rlock("r");
    Lock plain = runtime.locks().lock("plain");
    Event never = runtime.locks().event("never");
    Task holder =
        spawn(
            "holder",
            () -> {
              r.acquire();
              r.acquire();
              r.acquire();
              plain.acquire();
              return never.await(-1);
            });
    Eventually.waitsOn(holder, TaskState.WAITING, never);

    holder.cancel();
    holder.join();

    assertThat(holder.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(List.of(r.locked(), plain.locked())).containsExactly(false, false);
    assertThat(r.owner()).isNull();
  }

  @Test
  void aCancelledTaskGivesBackThePermitsItTookAndNoMore() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 3);
    Event never = runtime.locks().event("never");
    Task holder =
        spawn(
            "holder",
            () -> {
              s.acquire();
              s.acquire();
              return never.await(-1);
            });
    Eventually.waitsOn(holder, TaskState.WAITING, never);
    s.acquire(); // main's own permit stays taken
    assertThat(s.free()).isZero();

    holder.cancel();
    holder.join();

    assertThat(s.free()).isEqualTo(2);
    assertThat(s.holders()).containsExactly(run.main());
    s.release();
  }

  @Test
  void aPermitAnotherTaskGaveBackIsNotGivenBackTwice() throws Exception {
    Semaphore s = runtime.locks().semaphore("s", 1);
    Event never = runtime.locks().event("never");
    Task taker =
        spawn(
            "taker",
            () -> {
              s.acquire();
              return never.await(-1);
            });
    Eventually.waitsOn(taker, TaskState.WAITING, never);
    s.release(); // main gives the taker's permit back, as a semaphore used as a signal does

    taker.cancel();
    taker.join();

    assertThat(s.free()).isEqualTo(1);
  }

  @Test
  void aTaskCancelledInAConditionsWaitLetsGoOfTheLockItTookBackWithAcquire() throws Exception {
    Lock lock = runtime.locks().lock("c.lock");
    Condition c = runtime.locks().condition("c", lock);
    Task waiter =
        spawn(
            "waiter",
            () -> {
              c.acquire();
              return c.await();
            });
    Eventually.waitsOn(waiter, TaskState.WAITING, c);

    waiter.cancel();
    waiter.join();

    assertThat(waiter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(lock.locked()).isFalse();
  }

  @Test
  void aCancelledCoroutineLetsGoOfTheLockItAcquired() throws Exception {
    Lock a = runtime.locks().lock("a");
    Event never = runtime.locks().event("never");
    Task co =
        runtime
            .tasks()
            .spawn(
                TaskSpec.defaults().withName("co").withKind(TaskKind.COROUTINE),
                () -> {
                  a.acquire();
                  return never.await(-1);
                });
    Task.yieldTurn(); // the main line lets the coroutine have its first turn
    Eventually.waitsOn(co, TaskState.WAITING, never);

    co.cancel();
    co.join();

    assertThat(a.locked()).isFalse();
  }

  @Test
  void aTaskThatTookManyLocksInTurnLetsGoOfThoseItStillHoldsWhenCancelled() throws Exception {
    List<Lock> locks = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      locks.add(runtime.locks().lock("l" + i));
    }
    Event never = runtime.locks().event("never");
    Task holder =
        spawn(
            "holder",
            () -> {
              for (Lock lock : locks) {
                lock.acquire();
                lock.release();
              }
              locks.get(3).acquire();
              locks.get(97).acquire();
              return never.await(-1);
            });
    Eventually.waitsOn(holder, TaskState.WAITING, never);
    assertThat(locks).filteredOn(Lock::locked).containsExactly(locks.get(3), locks.get(97));

    holder.cancel();
    holder.join();

    assertThat(locks).noneMatch(Lock::locked);
  }

  @Test
  void aTaskThatEndsWithoutBeingCancelledKeepsWhatItHolds() throws Exception {
    Lock a = runtime.locks().lock("a");
    Task keeper =
        spawn(
            "keeper",
            () -> {
              a.acquire();
              return null;
            });
    keeper.join();

    // as in Python: a thread that ends holding a lock leaves it locked; only a cure or a cancel
    // takes it back
    assertThat(a.locked()).isTrue();
    assertThat(a.owner()).isSameAs(keeper);
  }
}
