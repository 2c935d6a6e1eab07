package dev.conch.process;

import static dev.conch.fixtures.ProxyRig.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.ProxyRig;
import dev.conch.process.proxy.ProxyDict;
import dev.conch.process.proxy.ProxyError;
import dev.conch.process.proxy.ProxyList;
import dev.conch.process.proxy.ProxyLock;
import dev.conch.process.proxy.ProxyPipeEnd;
import dev.conch.process.proxy.ProxyQueue;
import dev.conch.process.proxy.ProxyValue;
import dev.conch.runtime.errors.EOFError;
import dev.conch.runtime.errors.KeyedError;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.queue.Empty;
import dev.conch.runtime.queue.Full;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.shared.Manager;
import dev.conch.runtime.shared.PipeEnd;
import dev.conch.runtime.shared.SharedDict;
import dev.conch.runtime.shared.SharedList;
import dev.conch.runtime.shared.SharedValue;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A child process using the parent's queues, pipe ends and manager objects through proxies, with
 * parent and child joined by a real channel in one JVM: items travel as copies and a lock as a
 * proxy of itself, full and empty arrive in the parent's words, and an interrupted or disconnected
 * child's wait ends in the parent without taking anything.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProxyQueuesTest {
  private final ProxyRig rig;

  ProxyQueuesTest() throws Exception {
    rig = new ProxyRig();
  }

  @AfterEach
  void close() throws Exception {
    rig.close();
  }

  @Test
  void itemsTravelAsCopiesBothWays() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    ProxyQueue proxy = rig.send(q);
    List<Integer> sent = new ArrayList<>(List.of(1, 2));
    q.put(sent);
    Object got = proxy.get();
    assertThat(got).isEqualTo(List.of(1, 2)).isNotSameAs(sent);
    proxy.put(Map.of("a", 1L));
    proxy.leftShift("x").leftShift(null);
    assertThat(proxy.qsize()).isEqualTo(3);
    assertThat(q.get()).isEqualTo(Map.of("a", 1L));
    assertThat(q.get()).isEqualTo("x");
    assertThat(q.get()).isNull();
    assertThat(proxy.empty()).isTrue();
    assertThat(proxy).hasToString("queue q");
  }

  @Test
  void aLockPutInAQueueReachesTheChildAsAProxyAndComesBackAsItself() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    Lock a = rig.runtime.locks().lock("a");
    ProxyQueue proxy = rig.send(q);
    q.put(a);
    Object got = proxy.get();
    assertThat(got).isInstanceOf(ProxyLock.class).hasToString("lock a");
    proxy.put(got);
    assertThat(q.get()).isSameAs(a);
  }

  @Test
  void fullAndEmptyArriveInTheChildWithTheParentsWords() throws Exception {
    Queue q = rig.runtime.queues().queue(1, "q");
    ProxyQueue proxy = rig.send(q);
    assertThatThrownBy(proxy::getNowait).isInstanceOf(Empty.class).hasMessage("queue q: empty");
    assertThatThrownBy(() -> proxy.get(true, 0.05))
        .isInstanceOf(Empty.class)
        .hasMessage("queue q: empty; get waited 0.05 s");
    proxy.putNowait("a");
    assertThat(proxy.full()).isTrue();
    assertThatThrownBy(() -> proxy.putNowait("b"))
        .isInstanceOf(Full.class)
        .hasMessage("queue q: full (1 of 1 item)")
        .satisfies(e -> assertThat(((KeyedError) e).key()).isEqualTo("queue.full"))
        .satisfies(e -> assertThat(((KeyedError) e).args()).contains("queue q", 1));
    assertThatThrownBy(() -> proxy.put("b", true, 0.05))
        .isInstanceOf(Full.class)
        .hasMessage("queue q: full (1 of 1 item); put waited 0.05 s");
    assertThatThrownBy(proxy::iterator)
        .isInstanceOf(MisuseError.class)
        .hasMessageStartingWith("queue q: a queue has no end to stop at;");
  }

  @Test
  void takeUntilTakesItemsUntilTheSentinelAndJoinSeesThemDone() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "jobs");
    ProxyQueue proxy = rig.send(q);
    for (Object item : new Object[] {1, 2, 3, -1L}) {
      q.put(item);
    }
    List<Object> seen = new ArrayList<>();
    for (Object job : proxy.takeUntil(-1)) {
      seen.add(job);
      proxy.taskDone();
    }
    assertThat(seen).containsExactly(1, 2, 3);
    q.join(); // every item is done, the sentinel too: returns at once
    assertThatThrownBy(proxy::taskDone)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "queue jobs: task_done() called more times than items were put (4);"
                + " call it once for each item taken with get()");
  }

  @Test
  void anInterruptedGetInTheChildEndsItsWaitInTheParentAndTakesNothing() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    ProxyQueue proxy = rig.send(q);
    CompletableFuture<Object> got = new CompletableFuture<>();
    Thread childThread = Thread.ofPlatform().start(() -> getInto(proxy, got));
    assertThat(eventually(() -> rig.child.getWaitTarget() == q)).isTrue();
    assertThat(rig.child.getState()).isEqualTo(TaskState.WAITING);

    childThread.interrupt();
    childThread.join();

    assertThat(got).isCompletedExceptionally();
    assertThatThrownBy(got::get).hasCauseInstanceOf(InterruptedException.class);
    assertThat(rig.child.getState()).isEqualTo(TaskState.RUNNING);
    q.put("later");
    assertThat(q.get(false)).as("no agent took it").isEqualTo("later");
  }

  private static void getInto(ProxyQueue proxy, CompletableFuture<Object> got) {
    try {
      got.complete(proxy.get());
    } catch (Throwable t) {
      got.completeExceptionally(t);
    }
  }

  @Test
  void interruptsOfAChildThreadWhileItCallsNeverCutTheChildOff() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    ProxyQueue proxy = rig.send(q);
    AtomicInteger calls = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    CompletableFuture<Void> failed = new CompletableFuture<>();
    Thread childThread =
        Thread.ofPlatform()
            .start(
                () -> {
                  while (!stop.get()) {
                    try {
                      proxy.qsize();
                    } catch (InterruptedException e) {
                      // an interrupt may end a call; the next one must still work
                    } catch (Throwable t) {
                      failed.completeExceptionally(t);
                      return;
                    }
                    calls.incrementAndGet();
                  }
                  failed.complete(null);
                });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (calls.get() < 300 && !failed.isDone() && System.nanoTime() < deadline) {
      childThread.interrupt();
      Thread.onSpinWait();
    }
    stop.set(true);
    childThread.join();
    failed.get(); // no call failed other than by its interrupt
    assertThat(calls.get()).isGreaterThanOrEqualTo(300);
    proxy.put("still connected");
    assertThat(q.get(false)).isEqualTo("still connected");
  }

  @Test
  void aBlockedGetEndsInTheParentWhenTheChildDisconnects() throws Exception {
    Queue q = rig.runtime.queues().queue(0, "q");
    ProxyQueue proxy = rig.send(q);
    CompletableFuture<Object> got = new CompletableFuture<>();
    Thread childThread = Thread.ofPlatform().start(() -> getInto(proxy, got));
    assertThat(eventually(() -> rig.child.getWaitTarget() == q)).isTrue();

    rig.client.close();
    childThread.join();

    assertThatThrownBy(got::get)
        .cause()
        .isInstanceOf(ProxyError.class)
        .hasMessageStartingWith("queue q: the parent process cannot be reached (channel:");
    assertThat(eventually(() -> rig.child.getState() == TaskState.RUNNING)).isTrue();
    q.put("later");
    assertThat(q.get(false)).as("the dead child's agent took nothing").isEqualTo("later");
  }

  @Test
  void pipeEndsCarryMessagesBetweenParentAndChildBothWays() throws Exception {
    List<PipeEnd> ends = rig.runtime.shared().pipe("p", true);
    PipeEnd parent = ends.get(0);
    ProxyPipeEnd child = rig.send(ends.get(1));
    assertThat(child).hasToString("pipe p");
    assertThat(child.poll()).isFalse();
    CompletableFuture<Object> received = new CompletableFuture<>();
    Thread childThread =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    Object ping = child.recv();
                    child.send(List.of(ping, "pong"));
                    received.complete(ping);
                  } catch (Throwable t) {
                    received.completeExceptionally(t);
                  }
                });
    parent.send("ping");
    assertThat(parent.recv()).isEqualTo(List.of("ping", "pong"));
    childThread.join();
    assertThat(received.get()).isEqualTo("ping");

    parent.send("last");
    parent.close();
    assertThat(child.poll(1)).isTrue();
    assertThat(child.recv()).isEqualTo("last");
    assertThatThrownBy(child::recv)
        .isInstanceOf(EOFError.class)
        .hasMessage("pipe p: the other end is closed");
  }

  @Test
  void aManagersDictListAndValueAreSharedWithTheChild() throws Exception {
    Manager m = rig.runtime.shared().manager("m");
    SharedDict d = m.dict();
    SharedList l = m.list();
    SharedValue v = m.value(0);
    ProxyDict pd = rig.send(d);
    ProxyList pl = rig.send(l);
    ProxyValue pv = rig.send(v);

    pd.put("a", 1);
    pd.put("b", List.of(2));
    d.put("c", 3);
    assertThat(pd.get("c")).isEqualTo(3);
    assertThat(pd.containsKey("a")).isTrue();
    assertThat(pd.size()).isEqualTo(3);
    assertThat(pd.keys()).containsExactly("a", "b", "c");
    assertThat(pd).hasToString("{a=1, b=[2], c=3}");
    assertThat(d).hasToString("{a=1, b=[2], c=3}");

    pl.add("x");
    l.add("y");
    pl.add(0, "w");
    assertThat(pl.get(2)).isEqualTo("y");
    assertThat(pl.size()).isEqualTo(3);
    assertThat(new ArrayList<>(pl)).containsExactly("w", "x", "y");
    assertThat(l).hasToString("[w, x, y]");

    pv.setValue(5);
    assertThat(v.get()).isEqualTo(5);
    assertThat(pv.getAndAdd(2)).isEqualTo(5);
    assertThat(pv.update(x -> (Integer) x * 10)).isEqualTo(70);
    assertThat(v).hasToString("70");
    assertThat(pv).hasToString("70");
  }

  @Test
  void updatesOfAValueFromTwoChildThreadsLoseNothing() throws Exception {
    SharedValue v = rig.runtime.shared().manager("m").value(0);
    ProxyValue pv = rig.send(v);
    Runnable bump =
        () -> {
          try {
            for (int i = 0; i < 200; i++) {
              pv.update(x -> (Integer) x + 1);
            }
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        };
    Thread one = Thread.ofPlatform().start(bump);
    Thread two = Thread.ofPlatform().start(bump);
    for (int i = 0; i < 200; i++) {
      v.update(x -> (Integer) x + 1);
    }
    one.join();
    two.join();
    assertThat(v.get()).isEqualTo(600);
  }

  @Test
  void aShutDownManagersDictRefusesTheChildToo() throws Exception {
    Manager m = rig.runtime.shared().manager("m");
    ProxyDict pd = rig.send(m.dict());
    m.shutdown();
    assertThatThrownBy(() -> pd.get("a"))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "dict m.dict-1: manager m is shut down, so what it shares can no longer be used");
  }
}
