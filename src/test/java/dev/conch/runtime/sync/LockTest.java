package dev.conch.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Locks and reentrant locks: a waiting task is shown blocked on the lock, which names its holder;
 * taking a plain lock twice or releasing one not held gets a clear error; timed and non-blocking
 * acquires give up; and increments made under a lock lose nothing.
 */
class LockTest extends RuntimeFixture {
  @Test
  void aWaitingTaskIsBlockedOnTheLockWhichNamesItsHolder() throws Exception {
    Lock a = runtime.locks().lock("a");
    a.acquire();
    Task waiter = spawn("waiter", () -> a.withLock(() -> "got it"));
    while (waiter.getState() != TaskState.BLOCKED) {
      Thread.onSpinWait();
    }
    assertThat(waiter.getWaitTarget()).isSameAs(a);
    assertThat(a.toString()).isEqualTo("lock a (held by main)");
    a.release();
    assertThat(waiter.getResult()).isEqualTo("got it");
    assertThat(a.locked()).isFalse();
    assertThat(a.toString()).isEqualTo("lock a");
  }

  @Test
  void takingAPlainLockTwiceIsNamedASelfDeadlock() throws Exception {
    Lock a = runtime.locks().lock("a");
    a.acquire();
    assertThatThrownBy(a::acquire)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "lock a: task main already holds it, and taking it again would wait forever"
                + " (a self-deadlock); use rlock() for a lock a task may take again");
    assertThat(a.acquire(false)).as("Python's acquire(False): it cannot wait").isFalse();
    assertThat(a.acquire(true, 0.01))
        .as("Python's acquire(True, 0.01): it waits, then no")
        .isFalse();
    assertThat(a.locked()).isTrue();
    a.release();
    assertThat(a.locked()).isFalse();
  }

  @Test
  void releasingALockOneDoesNotHoldIsRefusedNamingTheHolder() throws Exception {
    Lock a = runtime.locks().lock("a");
    assertThatThrownBy(a::release)
        .hasMessage("lock a: task main does not hold it, so it cannot release it");
    a.acquire();
    Task other =
        spawn(
            "other",
            () -> {
              a.release();
              return null;
            });
    other.join();
    assertThat(other.getError())
        .hasMessage("lock a: task other does not hold it, so it cannot release it (main does)");
    a.release();
  }

  @Test
  void anRLockMayBeTakenAgainAndIsFreeAfterAsManyReleases() throws Exception {
    RLock r = runtime.locks().rlock("r");
    r.acquire();
    r.acquire();
    r.release();
    assertThat(r.locked()).isTrue();
    r.release();
    assertThat(r.locked()).isFalse();
  }

  @Test
  void aTimedOrNonBlockingAcquireGivesUp() throws Exception {
    Lock a = runtime.locks().lock("a");
    a.acquire();
    List<Boolean> got = new ArrayList<>();
    spawn(
            "tries",
            () -> {
              got.add(a.acquire(false));
              got.add(a.acquire(true, 0.05));
              return null;
            })
        .join();
    assertThat(got).containsExactly(false, false);
    a.release();
  }

  @Test
  void lockedIncrementsLoseNothing() throws Exception {
    Lock a = runtime.locks().lock("a");
    long[] counter = {0};
    CountDownLatch go = new CountDownLatch(1);
    List<Task> tasks = new ArrayList<>();
    for (String name : List.of("t1", "t2")) {
      tasks.add(
          spawn(
              name,
              () -> {
                go.await();
                for (int i = 0; i < 200_000; i++) {
                  a.acquire();
                  try {
                    counter[0]++;
                  } finally {
                    a.release();
                  }
                }
                return null;
              }));
    }
    go.countDown();
    for (Task task : tasks) {
      task.join();
    }
    assertThat(counter[0]).isEqualTo(400_000);
  }

  @Test
  void unnamedLocksGetReadableNames() {
    assertThat(runtime.locks().lock(null).getName()).isEqualTo("lock-1");
    assertThat(runtime.locks().rlock(null).getName()).isEqualTo("rlock-2");
  }
}
