package dev.conch.cpython;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.SessionFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What CPython 3.11's {@code Lib/test/lock_tests.py} checks of threading's Lock, RLock, Semaphore,
 * BoundedSemaphore, Event, Condition and Barrier, written as a learner who knows them would write
 * it in Conch. {@code inAnother { … }} runs a probe in a task of its own and answers its value.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LockTest extends SessionFixture {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lock().locked() | false",
        "lock().acquire() | true",
        "m = lock(); m.acquire(); m.locked() | true",
        "m = lock(); m.acquire(); m.release(); m.locked() | false",
        "lock().acquire(false) | true",
        "m = lock(); m.acquire(); inAnother { m.acquire(false) } | false",
        "m = lock(); m.acquire(); inAnother { m.acquire(blocking: false) } | false",
        "m = lock(); m.acquire(); m.acquire(false) | false",
        "m = lock(); m.acquire(); m.acquire(true, 0.01) | false",
        "m = lock(); m.acquire(); inAnother { m.acquire(timeout: 0.05) } | false",
        "lock().acquire(false, 1) | raised ValueError",
        "lock().acquire(timeout: -100) | raised ValueError",
        "lock().acquire(timeout: -1) | true",
        "lock().acquire(true, 0) | true",
        "lock().release() | raised RuntimeError",
        "m = lock(); m.acquire(); m.release(); m.release() | raised RuntimeError",
        "m = lock(); m.withLock { m.locked() } | true",
        "m = lock(); m.withLock { }; m.locked() | false",
        "m = lock(); try { m.withLock { throw new ValueError('x') } } catch (ValueError e) { }"
            + "; m.locked() | false",
        "m = lock(); inAnother { m.acquire(); m.release() }; m.acquire(false) | true",
        "m = lock(); m.acquire(); inAnother { m.acquire(timeout: 0.01) }; m.release()"
            + "; inAnother { m.acquire(false) } | true",
        // RLock
        "r = rlock(); [r.acquire(), r.acquire(), r.acquire()] | [true, true, true]",
        "r = rlock(); 3.times { r.acquire() }; 3.times { r.release() }; inAnother { r.acquire(false) }"
            + " | true",
        "r = rlock(); 2.times { r.acquire() }; r.release(); inAnother { r.acquire(false) } | false",
        "r = rlock(); r.acquire(); r.acquire(false) | true",
        "rlock().release() | raised RuntimeError",
        "r = rlock(); r.acquire(); r.release(); r.release() | raised RuntimeError",
        "r = rlock(); r.acquire(); inAnother { r.release() } | raised RuntimeError",
        "r = rlock(); r.acquire(); try { inAnother { r.release() } } catch (RuntimeError e) { }"
            + "; inAnother { r.acquire(false) } | false",
        "r = rlock(); r.withLock { r.withLock { 'in twice' } } | in twice",
        "r = rlock(); r.acquire(); inAnother { r.acquire(timeout: 0.05) } | false",
        // Semaphore and BoundedSemaphore
        "semaphore(-1) | raised ValueError",
        "boundedSemaphore(-1) | raised ValueError",
        "s = semaphore(); [s.acquire(false), s.acquire(false)] | [true, false]",
        "s = semaphore(2); [s.acquire(false), s.acquire(false), s.acquire(false)]"
            + " | [true, true, false]",
        "s = semaphore(0); s.acquire(false) | false",
        "s = semaphore(1); s.acquire(); inAnother { s.acquire(false) } | false",
        "s = semaphore(1); s.acquire(); s.release(); s.acquire(false) | true",
        "s = semaphore(1); s.release(); [s.acquire(false), s.acquire(false), s.acquire(false)]"
            + " | [true, true, false]",
        "s = semaphore(0); s.release(3); (1..4).collect { s.acquire(false) } | [true, true, true, false]",
        "semaphore(1).acquire(false, 1) | raised ValueError",
        "s = semaphore(0); s.acquire(timeout: 0.05) | false",
        "s = semaphore(0); s.acquire(true, 0.05) | false",
        "s = semaphore(1); s.withLock { s.acquire(false) } | false",
        "s = semaphore(1); s.withLock { }; s.acquire(false) | true",
        "boundedSemaphore(1).release() | raised ValueError",
        "s = boundedSemaphore(2); s.acquire(); s.release(); s.release() | raised ValueError",
        "s = boundedSemaphore(); [s.acquire(false), s.acquire(false)] | [true, false]",
        "s = boundedSemaphore(3); s.acquire(); s.acquire(); s.release(); s.release(); 'ok' | ok",
        // Event
        "event().is_set() | false",
        "e = event(); e.set(); e.is_set() | true",
        "e = event(); e.set(); e.set(); e.is_set() | true",
        "e = event(); e.set(); e.clear(); e.is_set() | false",
        "e = event(); e.set(); e.isSet() | true",
        "e = event(); e.set(); e.wait() | true",
        "e = event(); e.set(); e.wait(0) | true",
        "e = event(); e.set(); e.wait(null) | true",
        "event().wait(0) | false",
        "event().wait(0.05) | false",
        "e = event(); e.set(); e.clear(); e.wait(0.01) | false",
        // Condition
        "c = condition(); c.acquire() | true",
        "c = condition(); c.wait() | raised RuntimeError",
        "c = condition(); c.wait(0.01) | raised RuntimeError",
        "c = condition(); c.notify() | raised RuntimeError",
        "c = condition(); c.notify_all() | raised RuntimeError",
        "c = condition(); c.withLock { c.wait(0.05) } | false",
        "c = condition(); c.withLock { c.wait_for({ true }) } | true",
        "c = condition(); c.withLock { c.wait_for({ true }, null) } | true",
        "c = condition(); c.withLock { c.wait_for({ false }, 0.05) } | false",
        "c = condition(); c.withLock { c.wait_for({ false }, timeout: 0.05) } | false",
        "c = condition(); c.withLock { c.notify(); c.notify_all(); 'no waiter, no error' }"
            + " | no waiter, no error",
        "m = lock(); c = condition(m); c.acquire(); m.locked() | true",
        "m = lock(); c = condition(m); m.acquire(); c.withLock { } | raised RuntimeError",
        "r = rlock(); c = condition(r); r.acquire(); c.withLock { c.notify(); 'ok' } | ok",
        // Barrier
        "barrier(3).parties | 3",
        "barrier(3).n_waiting | 0",
        "barrier(3).broken | false",
        "barrier(0) | raised ValueError",
        "barrier(1).wait() | 0",
        "b = barrier(1); [b.wait(), b.wait(), b.wait()] | [0, 0, 0]",
        "b = barrier(2); b.abort(); b.broken | true",
        "b = barrier(2); b.abort(); b.wait() | raised BrokenBarrierError",
        "b = barrier(2); b.abort(); b.reset(); b.broken | false",
        "b = barrier(2); b.wait(0.05) | raised BrokenBarrierError",
        "b = barrier(2); try { b.wait(0.05) } catch (BrokenBarrierError e) { }; b.broken | true",
        "b = barrier(2, timeout: 0.05); b.wait() | raised BrokenBarrierError",
        "n = 0; b = barrier(1) { n++ }; 3.times { b.wait() }; n | 3",
      })
  void behavesAsCPythonsLocks(String code, String expected) {
    assertThat(run(code)).isEqualTo(expected);
  }

  @Test
  void anAcquireWithATimeoutOnAHeldLockWaitsAtLeastTheTimeout() {
    assertThat(
            run(
                "m = lock(); m.acquire(); inAnother { t0 = System.nanoTime()"
                    + "; [m.acquire(timeout: 0.2), System.nanoTime() - t0 >= 200_000_000] }"))
        .isEqualTo("[false, true]");
  }

  @Test
  void aNegativeTimeoutOtherThanMinusOneSaysWhatATimeoutIs() {
    assertThat(message("lock('m').acquire(timeout: -100)"))
        .isEqualTo(
            "lock m: acquire(timeout=-100): a timeout is 0 or more seconds, or -1 (or null) to"
                + " wait as long as it takes");
  }

  @Test
  void contendedTasksEachTakeTheLockOnceItIsReleased() {
    assertThat(
            run(
                "m = lock(); m.acquire(); got = java.util.Collections.synchronizedList([])"
                    + "; ts = (1..5).collect { i -> spawn { m.acquire(); got << i; m.release() } }"
                    + "; before = got.size(); m.release(); ts*.join(); [before, got.sort()]"))
        .isEqualTo("[0, [1, 2, 3, 4, 5]]");
  }

  @Test
  @Disabled(
      "differs: Conch refuses a lock released by a task that does not hold it (/help python);"
          + " CPython's Lock has no owner")
  void aLockMayBeReleasedByAnotherTask() {
    assertThat(run("m = lock(); m.acquire(); inAnother { m.release() }; m.locked()"))
        .isEqualTo("false");
  }

  @Test
  void aSemaphoreReleaseWakesATaskWaitingToAcquire() {
    assertThat(
            run(
                "s = semaphore(0); t = spawn { s.acquire(); 'in' }; waiting = !t.join(0.05)"
                    + "; s.release(); t.join(5); [waiting, t.result]"))
        .isEqualTo("[true, in]");
  }

  @Test
  void releasingSeveralPermitsAtOnceLetsThatManyWaitersIn() {
    assertThat(
            run(
                "s = semaphore(0); n = new java.util.concurrent.atomic.AtomicInteger()"
                    + "; ts = (1..3).collect { spawn { s.acquire(); n.incrementAndGet() } }"
                    + "; s.release(3); ts*.join(); n.get()"))
        .isEqualTo("3");
  }

  @Test
  void aSemaphoreAcquireWithATimeoutWaitsAtLeastTheTimeout() {
    assertThat(
            run(
                "s = semaphore(0); t0 = System.nanoTime()"
                    + "; [s.acquire(timeout: 0.2), System.nanoTime() - t0 >= 200_000_000]"))
        .isEqualTo("[false, true]");
  }

  @Test
  void anEventWaitWithATimeoutWaitsAtLeastTheTimeout() {
    assertThat(
            run(
                "e = event(); t0 = System.nanoTime()"
                    + "; [e.wait(0.2), System.nanoTime() - t0 >= 200_000_000]"))
        .isEqualTo("[false, true]");
  }

  @Test
  void settingAnEventWakesEveryWaiter() {
    assertThat(
            run(
                "e = event(); ts = (1..5).collect { spawn { e.wait() } }; e.set(); ts*.join()"
                    + "; ts*.result"))
        .isEqualTo("[true, true, true, true, true]");
  }

  @Test
  void aWaitOnAnEventReturnsTrueOnceAnotherTaskSetsIt() {
    assertThat(run("e = event(); t = spawn { e.wait(10) }; e.set(); t.join(); t.result"))
        .isEqualTo("true");
  }

  @Test
  void aConditionWaitWithATimeoutWaitsAtLeastTheTimeout() {
    assertThat(
            run(
                "c = condition(); t0 = System.nanoTime()"
                    + "; c.withLock { [c.wait(0.2), System.nanoTime() - t0 >= 200_000_000] }"))
        .isEqualTo("[false, true]");
  }

  @Test
  void notifyWakesOneWaiter() {
    assertThat(run(waiters(3) + "; c.withLock { c.notify() }; woke.get(); woke.get(timeout: 0.1)"))
        .isEqualTo("raised Empty");
  }

  @Test
  void notifyWithACountWakesThatMany() {
    assertThat(
            run(
                waiters(3)
                    + "; c.withLock { c.notify(2) }; [woke.get(), woke.get()]"
                    + "; try { woke.get(timeout: 0.1); 'three' } catch (Empty e) { 'two' }"))
        .isEqualTo("two");
  }

  @Test
  void notifyAllWakesEveryWaiter() {
    assertThat(run(waiters(3) + "; c.withLock { c.notify_all() }; ws*.join(); woke.qsize()"))
        .isEqualTo("3");
  }

  @Test
  void aNotifiedWaitReturnsTrue() {
    assertThat(run(waiters(1) + "; c.withLock { c.notify() }; ws*.join(); ws[0].result"))
        .isEqualTo("true");
  }

  /** Starts {@code n} tasks waiting on condition c, each putting true into woke once notified. */
  private static String waiters(int n) {
    return "c = condition(); woke = queue(); ws = (1..N).collect { spawn { c.withLock {"
            .replace("N", Integer.toString(n))
        + " def r = c.wait(); woke.put(r); r } } }; while (c.waiting() < N) Thread.onSpinWait()"
            .replace("N", Integer.toString(n));
  }

  @Test
  void waitForReturnsOnceAnotherTaskMakesThePredicateTrue() {
    assertThat(
            run(
                "c = condition(); ready = false; t = spawn { c.withLock { c.wait_for { ready } } }"
                    + "; c.withLock { ready = true; c.notify_all() }; t.join(); t.result"))
        .isEqualTo("true");
  }

  @Test
  void waitForWithATimeoutWaitsAtLeastTheTimeout() {
    assertThat(
            run(
                "c = condition(); t0 = System.nanoTime()"
                    + "; c.withLock { [c.wait_for({ false }, 0.2), System.nanoTime() - t0 >= 200_000_000] }"))
        .isEqualTo("[false, true]");
  }

  @Test
  void everyPartyPassesTheBarrierRoundAfterRound() {
    assertThat(
            run(
                "b = barrier(3); passed = new java.util.concurrent.atomic.AtomicInteger()"
                    + "; ts = (1..3).collect { spawn { 2.times { b.wait(); passed.incrementAndGet() } } }"
                    + "; ts*.join(); passed.get()"))
        .isEqualTo("6");
  }

  @Test
  void eachPartyGetsADifferentIndex() {
    assertThat(
            run(
                "b = barrier(3); ts = (1..3).collect { spawn { b.wait() } }; ts*.join(); ts*.result.sort()"))
        .isEqualTo("[0, 1, 2]");
  }

  @Test
  void theActionRunsOncePerRound() {
    assertThat(
            run(
                "n = new java.util.concurrent.atomic.AtomicInteger(); b = barrier(3) { n.incrementAndGet() }"
                    + "; ts = (1..3).collect { spawn { 2.times { b.wait() } } }; ts*.join(); n.get()"))
        .isEqualTo("2");
  }

  @Test
  void nWaitingCountsTheTasksAtTheBarrier() {
    assertThat(
            run(
                "b = barrier(3); t = spawn { b.wait() }; while (b.n_waiting < 1) Thread.onSpinWait()"
                    + "; n = b.n_waiting; b.abort(); t.join(); n"))
        .isEqualTo("1");
  }

  @Test
  void abortBreaksTheBarrierForATaskWaitingThere() {
    assertThat(
            run(
                "b = barrier(2); t = spawn { try { b.wait(); 'passed' } catch (BrokenBarrierError e) { 'broken' } }"
                    + "; while (b.n_waiting < 1) Thread.onSpinWait(); b.abort(); t.join(); t.result"))
        .isEqualTo("broken");
  }

  @Test
  void resetBreaksTheBarrierForATaskWaitingThereAndLeavesItUsable() {
    assertThat(
            run(
                "b = barrier(2); t = spawn { try { b.wait(); 'passed' } catch (BrokenBarrierError e) { 'broken' } }"
                    + "; while (b.n_waiting < 1) Thread.onSpinWait(); b.reset(); t.join()"
                    + "; u = spawn { b.wait() }; b.wait(); u.join(); [t.result, b.broken]"))
        .isEqualTo("[broken, false]");
  }

  @Test
  void aFailingActionBreaksTheBarrier() {
    assertThat(
            run(
                "b = barrier(1) { throw new RuntimeError('no') }"
                    + "; try { b.wait() } catch (RuntimeError e) { }; b.broken"))
        .isEqualTo("true");
  }
}
