package dev.conch.process.calls;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.process.Child;
import dev.conch.process.Handle;
import dev.conch.process.WireValues;
import dev.conch.process.channel.Peer;
import dev.conch.runtime.task.Task;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The parent's side of the proxies: answers the calls whose {@code op} starts with {@code proxy}.
 *
 * <ul>
 *   <li>{@code {"op": "proxy", "id": n, "m": method, "tid": t, "seq": s, "a": [args]}} does {@code
 *       method} on exported object {@code n} for thread {@code t} of the child; its {@code s}-th
 *       call. The reply is {@code {"v": value}} or {@code {"error": …}} (see {@link WireValues}).
 *   <li>{@code {"op": "proxy.cancel", "tid": t, "seq": s}}: thread {@code t} of the child was
 *       interrupted while waiting for call {@code s}; the call is dropped or interrupted, and the
 *       reply says how it ended, so that nothing it did is lost (an item it took, a lock it got).
 * </ul>
 *
 * <p>Each thread of a child gets a {@link ProxyCaller}, a parent thread that does that thread's
 * calls in order, acting as the child's task ({@code taskOf}), so that a lock it takes is held by
 * that task and its waits are journaled on it. When the child is gone ({@link #disconnected}) its
 * agents are closed, its blocked calls interrupted, and every lock and permit it held is given
 * back.
 *
 * <p>Thread-safe: {@code peers} is a concurrent map; each {@code Child}'s agents are guarded by the
 * child. Owns the agents' threads; {@link #disconnected} ends and joins those of a child.
 */
public final class ProxyCalls {
  private static final long JOIN_MILLIS = 5000;

  private final Exports exports;
  private final Function<Peer, Task> taskOf;
  private final Supplier<ClassLoader> loader;
  private final UnaryOperator<Object> replace;
  private final Map<Integer, Child> peers = new ConcurrentHashMap<>();

  /** What the parent knows of one connected child. */
  private static final class Child {
    final Peer peer;
    final Task task;
    final ChildHoldings holdings = new ChildHoldings();
    final Map<Long, ProxyCaller> agents = new HashMap<>(); // guarded by this
    boolean gone; // guarded by this

    Child(Peer peer, Task task) {
      this.peer = peer;
      this.task = task;
    }

    synchronized ProxyCaller agent(long tid, boolean make) {
      ProxyCaller agent = agents.get(tid);
      if (agent == null && make && !gone) {
        agent = new ProxyCaller("conch-proxy-" + peer.id() + "-" + tid, task);
        agents.put(tid, agent);
      }
      return agent;
    }

    synchronized List<ProxyCaller> leave() {
      gone = true;
      return new ArrayList<>(agents.values());
    }
  }

  /**
   * Calls of children on the objects of {@code exports}, each child acting as the task {@code
   * taskOf} gives for it (null: none), values read with the class loader {@code loader} gives.
   */
  public ProxyCalls(Exports exports, Function<Peer, Task> taskOf, Supplier<ClassLoader> loader) {
    this.exports = exports;
    this.taskOf = taskOf;
    this.loader = loader;
    this.replace =
        o -> {
          Handle h = exports.handleFor(o);
          return h == null ? o : h;
        };
  }

  /**
   * Answers a call of {@code peer} whose op starts with {@code proxy}.
   *
   * @throws IllegalArgumentException for an op that is not a proxy's
   * @throws InterruptedException when the child went away while the call waited
   */
  public JsonNode call(Peer peer, JsonNode args) throws Exception {
    String op = args.path("op").asText();
    long tid = args.path("tid").asLong();
    long seq = args.path("seq").asLong();
    Child child = peers.computeIfAbsent(peer.id(), id -> new Child(peer, taskOf.apply(peer)));
    switch (op) {
      case "proxy" -> {
        ProxyCaller agent = child.agent(tid, true);
        if (agent == null) {
          throw new IllegalStateException("proxy: " + peer + " is gone");
        }
        Operations.Holder holder = new Operations.Holder(agent.locks(), child.holdings);
        return outcome(agent.submit(seq, () -> invoke(args, holder)));
      }
      case "proxy.cancel" -> {
        ProxyCaller agent = child.agent(tid, false);
        boolean interrupt = args.path("interrupt").asBoolean(true);
        return outcome(
            agent == null ? CompletableFuture.failedFuture(gone()) : agent.cancel(seq, interrupt));
      }
      default -> throw new IllegalArgumentException("proxy: unknown operation '" + op + "'");
    }
  }

  private static InterruptedException gone() {
    return new InterruptedException("proxy: the call was cancelled");
  }

  private Object invoke(JsonNode args, Operations.Holder holder) throws Exception {
    Object target = exports.lookup(args.path("id").asLong());
    JsonNode a = args.path("a");
    ClassLoader classes = loader.get();
    Operations.Args decoded =
        new Operations.Args() {
          @Override
          public boolean flag(int i) {
            return a.path(i).asBoolean();
          }

          @Override
          public double seconds(int i) {
            return a.path(i).asDouble(-1);
          }

          @Override
          public int number(int i) {
            return a.path(i).asInt();
          }

          @Override
          public Object value(int i) throws Exception {
            return WireValues.decode(
                a.get(i), classes, o -> o instanceof Handle h ? exports.lookup(h.id()) : o);
          }
        };
    return Operations.invoke(target, args.path("m").asText(), decoded, holder);
  }

  private JsonNode outcome(CompletableFuture<Object> done) throws InterruptedException {
    Object value;
    try {
      value = done.get();
    } catch (ExecutionException e) {
      return WireValues.error(e.getCause(), replace);
    }
    try {
      return WireValues.reply(value, replace);
    } catch (IOException | RuntimeException e) {
      return WireValues.error(e, replace); // a value that cannot be copied to the child
    }
  }

  /**
   * {@code peer} is gone: closes its agents (interrupting their calls), waits for them to give back
   * the locks they took, then gives back the permits the child took.
   */
  public void disconnected(Peer peer) {
    Child child = peers.remove(peer.id());
    if (child == null) {
      return;
    }
    List<ProxyCaller> agents = child.leave();
    agents.forEach(ProxyCaller::close);
    boolean interrupted = false;
    for (ProxyCaller agent : agents) {
      try {
        agent.join(JOIN_MILLIS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    try {
      child.holdings.releasePermits(child.task);
    } catch (Exception e) {
      // a permit that cannot be given back (a bounded semaphore released by others) stays given
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
