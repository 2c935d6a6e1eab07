package dev.conch.runtime.shared;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.queue.Queues;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python's {@code multiprocessing.Manager()}: makes dicts, lists, values and queues that live in
 * this process and that child processes use through proxies, each shared and thread-safe. After
 * {@link #shutdown()} its dicts, lists and values refuse to be used, as Python's do once their
 * manager is gone.
 *
 * <p>Thread-safe. Its objects are named after it: {@code manager-1.dict-1}.
 */
public final class Manager implements AutoCloseable {
  private final String name;
  private final AtomicLong made = new AtomicLong();
  private volatile boolean shutdown;

  Manager(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  /** A new shared dict, empty. */
  public SharedDict dict() {
    requireOpen(label());
    return new SharedDict(this, named("dict"));
  }

  /** A new shared dict holding a copy of {@code initial}, as Python's {@code dict(initial)}. */
  public SharedDict dict(Map<?, ?> initial) {
    SharedDict dict = dict();
    initial.forEach(dict::put);
    return dict;
  }

  /** A new shared list holding the items of {@code initial}, in order. */
  public SharedList list(Iterable<?> initial) {
    SharedList list = list();
    initial.forEach(list::add);
    return list;
  }

  /** A new shared list, empty. */
  public SharedList list() {
    requireOpen(label());
    return new SharedList(this, named("list"));
  }

  /** A new shared value holding {@code initial}. */
  public SharedValue value(Object initial) {
    requireOpen(label());
    return new SharedValue(this, named("value"), initial);
  }

  /** A new first-in first-out queue without a limit, usable from pool workers too. */
  public Queue queue() {
    return queue(0);
  }

  /** A new first-in first-out queue holding at most {@code maxsize} items (0: no limit). */
  public Queue queue(int maxsize) {
    requireOpen(label());
    return Queues.named(named("queue"), maxsize);
  }

  /** Shuts the manager down: its dicts, lists and values can no longer be used. Idempotent. */
  public void shutdown() {
    shutdown = true;
  }

  /** The same as {@link #shutdown()}, so that a manager closes like any resource. */
  @Override
  public void close() {
    shutdown();
  }

  /** Whether {@link #shutdown()} was called. */
  public boolean isShutdown() {
    return shutdown;
  }

  /**
   * Refuses use of {@code what}, one of this manager's objects, once the manager is shut down.
   *
   * @throws MisuseError after {@link #shutdown()}
   */
  void requireOpen(String what) {
    if (shutdown) {
      throw new RuntimeError(
          "manager.shutdown",
          "%s: %s is shut down, so what it shares can no longer be used",
          what,
          label());
    }
  }

  private String named(String kind) {
    return name + "." + kind + "-" + made.incrementAndGet();
  }

  /** How the manager is named in messages: {@code manager m}. */
  public String label() {
    return "manager " + name;
  }

  /** {@code manager m}, or {@code manager m (shut down)}. */
  @Override
  public String toString() {
    return shutdown ? label() + " (shut down)" : label();
  }
}
