package dev.conch.process;

import static dev.conch.fixtures.ProxyRig.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.ProxyRig;
import dev.conch.process.proxy.ProxyBarrier;
import dev.conch.process.proxy.ProxyCondition;
import dev.conch.process.proxy.ProxyEvent;
import dev.conch.process.proxy.ProxyLock;
import dev.conch.process.proxy.ProxySemaphore;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.BrokenBarrierError;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.sync.Semaphore;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A child process using the parent's locks, semaphores, events, conditions and barriers through
 * proxies, with parent and child joined by a real channel in one JVM: the child's task holds what
 * it takes, its waits show in the parent and end when interrupted, and whatever it holds is freed
 * when it dies; thousands of proxied pairs leave the lock free, and their rate is printed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProxyLocksTest {
  private final ProxyRig rig;

  ProxyLocksTest() throws Exception {
    rig = new ProxyRig();
  }

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  private Task parentTask(String name, java.util.concurrent.Callable<?> body) {
    return rig.runtime.tasks().spawn(TaskSpec.defaults().withName(name), body);
  }

  @Test
  void aLockTakenThroughAProxyIsHeldByTheChildsTask() throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    ProxyLock proxy = rig.send(lock);
    assertThat(proxy).hasToString("lock a");

    assertThat(proxy.acquire()).isTrue();
    assertThat(lock.owner()).isSameAs(rig.child);
    assertThat(lock).hasToString("lock a (held by child)");
    assertThat(proxy.locked()).isTrue();
    assertThat(lock.acquire(false)).as("the parent cannot take it meanwhile").isFalse();

    proxy.release();
    assertThat(lock.owner()).isNull();
    assertThat(proxy.locked()).isFalse();
  }

  @Test
  void aProxiedRLockIsTakenTwiceAndReleasedTwice() throws Exception {
    RLock r = rig.runtime.locks().rlock("r");
    ProxyLock proxy = rig.send(r);
    assertThat(proxy.withLock(() -> proxy.withLock(() -> r.owner()))).isSameAs(rig.child);
    assertThat(r.locked()).isFalse();
  }

  @Test
  void aNonBlockingOrTimedAcquireOfAHeldLockSaysFalse() throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    ProxyLock proxy = rig.send(lock);
    lock.acquire();
    assertThat(proxy.acquire(false)).isFalse();
    assertThat(proxy.acquire(true, 0.05)).isFalse();
    lock.release();
  }

  @Test
  void releasingALockTheChildDoesNotHoldIsTheParentsMisuse() throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    ProxyLock proxy = rig.send(lock);
    assertThatThrownBy(proxy::release)
        .isInstanceOf(MisuseError.class)
        .hasMessage("lock a: task child does not hold it, so it cannot release it");
    assertThatThrownBy(() -> proxy.withLock(() -> proxy.acquire()))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "lock a: task child already holds it, and taking it again would wait forever (a"
                + " self-deadlock); use rlock() for a lock a task may take again");
    assertThat(lock.locked()).as("withLock gave it back").isFalse();
  }

  @Test
  void theChildsDeathFreesItsLockAndPermitsAndTheParentsWaiterGetsTheLock() throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    Semaphore rooms = rig.runtime.locks().semaphore("rooms", 2);
    ProxyLock proxyLock = rig.send(lock);
    ProxySemaphore proxyRooms = rig.send(rooms);
    proxyLock.acquire();
    proxyRooms.acquire();
    proxyRooms.acquire();
    assertThat(rooms).hasToString("semaphore rooms (0 of 2 free; held by child, child)");
    Task waiter =
        parentTask(
            "waiter",
            () -> {
              lock.acquire();
              Task owner = lock.owner();
              lock.release();
              return owner;
            });
    assertThat(eventually(() -> waiter.getState() == TaskState.BLOCKED)).isTrue();

    rig.client.close(); // the child dies holding both

    assertThat(waiter.join(10)).isTrue();
    assertThat(waiter.getResult()).isSameAs(waiter);
    Task roomTaker = parentTask("taker", () -> rooms.acquire(true, 10) && rooms.acquire(true, 10));
    assertThat(roomTaker.getResult()).isEqualTo(true);
  }

  @Test
  void aChildsLockHeldOnSeveralOfItsThreadsIsFreedForEach() throws Exception {
    Lock a = rig.runtime.locks().lock("a");
    RLock b = rig.runtime.locks().rlock("b");
    ProxyLock pa = rig.send(a);
    ProxyLock pb = rig.send(b);
    Thread other = Thread.ofPlatform().start(() -> takeTwice(pb));
    other.join();
    pa.acquire();
    rig.client.close();
    assertThat(eventually(() -> !a.locked() && !b.locked())).isTrue();
  }

  private static void takeTwice(ProxyLock lock) {
    try {
      lock.acquire();
      lock.acquire();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aChildBlockedOnALockIsJournaledBlockedOnItAndItsInterruptEndsTheWaitInTheParent()
      throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    ProxyLock proxy = rig.send(lock);
    lock.acquire();
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread childThread =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    proxy.acquire();
                  } catch (Throwable t) {
                    ended.set(t);
                  }
                });
    assertThat(eventually(() -> rig.child.getState() == TaskState.BLOCKED)).isTrue();
    assertThat(rig.child.getWaitTarget()).isSameAs(lock);

    childThread.interrupt();
    childThread.join();

    assertThat(ended.get()).isInstanceOf(InterruptedException.class);
    assertThat(rig.child.getState()).isEqualTo(TaskState.RUNNING);
    lock.release();
    assertThat(proxy.acquire(false)).as("the parent's agent does not hold it after all").isTrue();
    proxy.release();
  }

  @Test
  void anEventSetInTheParentWakesTheChildsWait() throws Exception {
    Event e = rig.runtime.locks().event("go");
    ProxyEvent proxy = rig.send(e);
    assertThat(proxy.await(0.01)).isFalse();
    CompletableFuture<Boolean> waited = new CompletableFuture<>();
    Thread childThread = Thread.ofPlatform().start(() -> waited.complete(awaitQuietly(proxy)));
    assertThat(eventually(() -> e.waiting() == 1)).isTrue();
    assertThat(e).hasToString("event go (not set; 1 waiting)");
    e.set();
    childThread.join();
    assertThat(waited.get()).isTrue();
    assertThat(proxy.isSet()).isTrue();
    proxy.clear();
    assertThat(e.isSet()).isFalse();
    proxy.set();
    assertThat(e.isSet()).isTrue();
  }

  private static boolean awaitQuietly(ProxyEvent e) {
    try {
      return e.await();
    } catch (InterruptedException ex) {
      return false;
    }
  }

  @Test
  void aChildWaitsOnAConditionUntilTheParentNotifies() throws Exception {
    Condition c = rig.runtime.locks().condition("c", null);
    ProxyCondition proxy = rig.send(c);
    boolean[] ready = {false};
    CountDownLatch waiting = new CountDownLatch(1);
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    Thread childThread =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    result.complete(
                        proxy.withLock(
                            () -> {
                              waiting.countDown();
                              return proxy.waitFor(() -> ready[0]);
                            }));
                  } catch (Exception e) {
                    result.completeExceptionally(e);
                  }
                });
    waiting.await();
    assertThat(eventually(() -> c.waiting() == 1)).isTrue();
    c.withLock(
        () -> {
          ready[0] = true; // read by the child's predicate after the notify
          c.signalAll();
          return null;
        });
    childThread.join();
    assertThat(result.get()).isTrue();
    assertThat(c.getLock().locked()).isFalse();
  }

  @Test
  void aConditionWaitWithoutItsLockIsTheParentsMisuse() throws Exception {
    ProxyCondition proxy = rig.send(rig.runtime.locks().condition("c", null));
    assertThatThrownBy(() -> proxy.await(0.01))
        .isInstanceOf(MisuseError.class)
        .hasMessage("condition c: wait() needs its lock held; call it inside withLock { … }");
    proxy.acquire();
    proxy.signal(1);
    assertThat(proxy.await(0.01)).isFalse();
    proxy.release();
  }

  @Test
  void aBarrierMeetsAChildAndTheParentAndATimeoutBreaksIt() throws Exception {
    Barrier b = rig.runtime.locks().barrier("b", 2, null);
    ProxyBarrier proxy = rig.send(b);
    assertThat(proxy.getParties()).isEqualTo(2);
    CompletableFuture<Integer> childIndex = new CompletableFuture<>();
    Thread childThread =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    childIndex.complete(proxy.await());
                  } catch (Exception e) {
                    childIndex.completeExceptionally(e);
                  }
                });
    assertThat(eventually(() -> b.getWaiting() == 1)).isTrue();
    assertThat(proxy.getN_waiting()).isEqualTo(1);
    assertThat(b.await()).isEqualTo(1);
    childThread.join();
    assertThat(childIndex.get()).isZero();

    assertThatThrownBy(() -> proxy.await(0.01))
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessageStartingWith("barrier b: broken (");
    assertThat(proxy.isBroken()).isTrue();
    proxy.reset();
    assertThat(b.isBroken()).isFalse();
  }

  @Test
  void thousandsOfProxiedPairsLeaveTheLockFreeAndPrintTheirRate() throws Exception {
    Lock lock = rig.runtime.locks().lock("a");
    ProxyLock proxy = rig.send(lock);
    for (int i = 0; i < 2000; i++) { // warm up
      proxy.acquire();
      proxy.release();
    }
    int pairs = 5000;
    long start = System.nanoTime();
    for (int i = 0; i < pairs; i++) {
      proxy.acquire();
      proxy.release();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("proxied acquire/release: %.0f pairs per second%n", pairs / seconds);
    assertThat(lock.locked()).as("the parent's lock after the last release").isFalse();
    assertThat(proxy.acquire(false, -1)).as("taken again at once").isTrue();
    proxy.release();
  }
}
