package dev.conch.dsl.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.sync.BrokenBarrierError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Groovy spellings of semaphores, events, conditions and barriers, through a ScriptHost. */
class SyncSpellingsTest extends DslFixture {
  @Test
  void eventWaitIsTheEventsWaitNotObjects() {
    value("e = event('e')");
    assertThat(value("[e.is_set(), e.isSet(), e.wait(0.01), e.wait(0), e.wait(0.01d)]"))
        .isEqualTo(List.of(false, false, false, false, false));
    value("t = spawn(name: 'waiter') { e.wait() }");
    value("e.set()");
    assertThat(value("[t.join(30), t.result, e.wait(), e.wait(1), e.wait(null), e.is_set()]"))
        .isEqualTo(List.of(true, true, true, true, true, true));
  }

  @Test
  void conditionWaitAndNotifyAreTheConditionsNotObjects() {
    value("c = condition('c'); ready = false");
    value("t = spawn(name: 'consumer') { c.withLock { c.wait_for { ready } } }");
    value("c.withLock { c.notify(); c.notify(2); c.notifyAll() }");
    value("c.withLock { ready = true; c.notify_all() }");
    assertThat(value("t.result")).isEqualTo(true);
    assertThat(value("c.withLock { [c.wait(0.01), c.wait(0), c.wait_for({ false }, 0.01)] }"))
        .isEqualTo(List.of(false, false, false));
    assertThat(value("a = lock('a'); condition(a, 'd').withLock { a.locked() }")).isEqualTo(true);
  }

  @Test
  void notifyingWithoutTheLockNamesTheGroovySpelling() {
    value("c = condition('c')");
    assertThat(error("c.notify()"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("condition c: notify() needs its lock held; call it inside withLock { … }");
    assertThat(error("c.wait(1)"))
        .hasMessage("condition c: wait() needs its lock held; call it inside withLock { … }");
  }

  @Test
  void semaphoreWithLockHoldsAPermitForTheBlock() {
    value("s = semaphore(2, 's')");
    assertThat(value("s.withLock { s.toString() }"))
        .isEqualTo("semaphore s (1 of 2 free; held by main)");
    assertThat(value("s.acquire(); s.acquire(true, 0.01) || s.acquire(false)")).isEqualTo(true);
    assertThat(value("s.acquire(true, 0.01)")).isEqualTo(false);
    value("s.release(2)");
    assertThat(value("s.toString()")).isEqualTo("semaphore s (2 of 2 free)");
  }

  @Test
  void overReleasingABoundedSemaphoreFails() {
    value("b = boundedSemaphore(1, 'b')");
    assertThat(error("b.release()"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("bounded semaphore b: released more times than acquired (it allows 1)");
  }

  @Test
  void barrierWaitRunsTheActionAndReturnsTheIndex() {
    value("b = barrier(2, 'b') { println 'all here' }");
    value("t = spawn { b.wait() }");
    assertThat(value("[b.wait(), t.result].sort()")).isEqualTo(List.of(0, 1));
    assertThat(lines).containsExactly("all here");
    assertThat(value("[b.parties, b.n_waiting, b.broken]")).isEqualTo(List.of(2, 0, false));
    assertThat(error("b.wait(0.01)"))
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessage("barrier b: broken (task main timed out waiting); reset() it to use it again");
    assertThat(value("b.broken")).isEqualTo(true);
    value("b.reset()");
    assertThat(value("barrier(1).wait(1)")).isEqualTo(0);
  }

  @Test
  void unnamedObjectsAreNamedByKind() {
    assertThat(value("[lock(), semaphore(1), boundedSemaphore(1), event(), condition()]*.name"))
        .isEqualTo(List.of("lock-1", "semaphore-2", "semaphore-3", "event-4", "condition-5"));
  }
}
