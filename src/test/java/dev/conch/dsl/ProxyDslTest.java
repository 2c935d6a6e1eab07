package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.extensions.Spellings;
import dev.conch.fixtures.DslFixture;
import dev.conch.fixtures.ProxyRig;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/** The Groovy spellings of proxies, as a child's code calls them. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProxyDslTest extends DslFixture {
  private final ProxyRig rig;

  ProxyDslTest() throws Exception {
    rig = new ProxyRig();
  }

  @AfterEach
  void closeRig() throws Exception {
    rig.close();
  }

  private void give(String name, Object parentObject) throws Exception {
    host.setVariable(name, rig.send(parentObject));
  }

  @Test
  void withLockOnAProxiedLockHoldsTheParentsLockForTheChild() throws Exception {
    Lock a = rig.runtime.locks().lock("a");
    give("a", a);
    assertThat(value("a.withLock { a.locked() }")).isEqualTo(true);
    assertThat(value("a.acquire(true, 0.5)")).isEqualTo(true);
    assertThat(a.owner()).isSameAs(rig.child);
    eval("a.release()");
    assertThat(value("\"$a\".toString()")).isEqualTo("lock a");
  }

  @Test
  void waitOnAProxiedEventAndConditionReachesTheParents() throws Exception {
    Event e = rig.runtime.locks().event("go");
    Condition c = rig.runtime.locks().condition("c", null);
    give("e", e);
    give("c", c);
    assertThat(value("e.wait(0.01)")).isEqualTo(false);
    assertThat(value("e.wait(0)")).isEqualTo(false);
    e.set();
    assertThat(value("e.wait()")).isEqualTo(true);
    assertThat(value("e.is_set()")).isEqualTo(true);
    assertThat(value("c.withLock { c.notify(); c.notify_all(); c.wait(0.01) }")).isEqualTo(false);
    assertThat(value("c.withLock { c.wait_for({ true }, 1) }")).isEqualTo(true);
  }

  /** Gives the child a fresh parent object, then calls it with {@code %s} where the name goes. */
  private record SpeltCall(ThrowingSetup setup, String call, Object expected) {}

  @FunctionalInterface
  private interface ThrowingSetup {
    void run(ProxyDslTest t) throws Exception;
  }

  private static final Map<String, SpeltCall> PROXY_CALLS =
      Map.of(
          "put_nowait",
          new SpeltCall(t -> t.give("q", t.queueWith()), "q.%s(7); q.get()", 7),
          "get_nowait",
          new SpeltCall(t -> t.give("q", t.queueWith(7)), "q.%s()", 7),
          "task_done",
          new SpeltCall(
              t -> t.give("q", t.queueWith(7)), "q.get(); q.%s(); q.join(); 'joined'", "joined"),
          "is_set",
          new SpeltCall(t -> t.give("e", t.setEvent()), "e.%s()", true),
          "notify_all",
          new SpeltCall(
              t -> t.give("c", t.rig.runtime.locks().condition("c", null)),
              "c.withLock { c.%s() }; 'notified'",
              "notified"),
          "wait_for",
          new SpeltCall(
              t -> t.give("c", t.rig.runtime.locks().condition("c", null)),
              "c.withLock { c.%s({ true }, 1) }",
              true),
          "n_waiting",
          new SpeltCall(t -> t.give("b", t.rig.runtime.locks().barrier("b", 2, null)), "b.%s", 0));

  @TestFactory
  Stream<DynamicTest> aProxyAnswersToBothSpellingsOfTheTable() {
    return PROXY_CALLS.keySet().stream()
        .sorted()
        .map(
            python ->
                DynamicTest.dynamicTest(
                    python,
                    () -> {
                      String camel = Spellings.SHIPPED.twin(python).orElseThrow();
                      SpeltCall c = PROXY_CALLS.get(python);
                      for (String name : List.of(python, camel)) {
                        c.setup().run(this);
                        assertThat(value(c.call().replace("%s", name)))
                            .as(name)
                            .isEqualTo(c.expected());
                      }
                    }));
  }

  private Queue queueWith(Object... items) throws InterruptedException {
    Queue q = rig.runtime.queues().queue(0, null);
    for (Object item : items) {
      q.put(item);
    }
    return q;
  }

  private Event setEvent() {
    Event e = rig.runtime.locks().event(null);
    e.set();
    return e;
  }

  @Test
  void aProxiedQueueTakesLeftShiftAndTakeUntil() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    give("q", q);
    eval("q << 1 << 2 << 3 << null");
    assertThat(q.qsize()).isEqualTo(4);
    assertThat(
            value("def seen = []; for (x in q.takeUntil(null)) { seen << x; q.task_done() }; seen"))
        .isEqualTo(java.util.List.of(1, 2, 3));
    eval("q.put_nowait('a')");
    assertThat(value("q.get_nowait()")).isEqualTo("a");
    Throwable empty = error("q.get_nowait()");
    assertThat(empty)
        .isInstanceOf(dev.conch.runtime.queue.Empty.class)
        .hasMessage("queue q: empty");
  }

  @Test
  void aProxiedBarrierAndManagedObjectsSpeakPython() throws Exception {
    give("b", rig.runtime.locks().barrier("b", 1, null));
    assertThat(value("b.wait()")).isEqualTo(0);
    assertThat(value("[b.parties, b.n_waiting, b.broken]"))
        .isEqualTo(java.util.List.of(1, 0, false));
    var m = rig.runtime.shared().manager("m");
    give("d", m.dict());
    give("v", m.value(0));
    give("l", m.list());
    eval("d['a'] = 1; d.b = 2; v.value += 1; v.update { it + 10 }; l << 'x' << 'y'");
    assertThat(value("[d['a'], d.b, d.size(), v.value, l[1], l.size()]"))
        .isEqualTo(java.util.List.of(1, 2, 2, 11, "y", 2));
    assertThat(value("\"$d $l\".toString()")).isEqualTo("[a:1, b:2] [x, y]");
  }

  @Test
  void pipeAndManagerBuiltInsWork() {
    assertThat(value("def (a, b) = pipe(); a.send('ping'); b.recv()")).isEqualTo("ping");
    assertThat(value("def (r, s) = pipe(duplex: false, name: 'p'); s.send(1); r.recv()"))
        .isEqualTo(1);
    assertThat(error("pipe(duplex: 'yes')"))
        .isInstanceOf(UsageError.class)
        .hasMessage("pipe: option 'duplex' must be true or false, not yes");
    assertThat(error("def (r, s) = pipe(duplex: false, name: 'p'); r.send(1)"))
        .hasMessage("pipe p: this end only receives; send from the other");
    assertThat(value("manager { m -> d = m.dict(); d.a = 1; kept = d; \"$d\".toString() }"))
        .isEqualTo("[a:1]");
    assertThat(error("kept.a"))
        .hasMessage(
            "dict manager-2.dict-1: manager manager-2 is shut down,"
                + " so what it shares can no longer be used");
    assertThat(
            value(
                "try { def (a, b) = pipe(); a.close(); b.recv() } catch (EOFError e) { e.message }"))
        .isEqualTo("pipe pipe-3: the other end is closed");
  }
}
