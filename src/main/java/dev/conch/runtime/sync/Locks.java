package dev.conch.runtime.sync;

import dev.conch.runtime.errors.MisuseError;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the session's locks and other synchronisation objects, naming the unnamed ones {@code
 * lock-1}, {@code rlock-2}, {@code semaphore-3}, {@code event-4}, … in the order they are made,
 * from one counter. Thread-safe. The deadlock watcher will find the locks through their holders and
 * waiters, so none is kept here.
 */
public final class Locks {
  private final AtomicLong made = new AtomicLong();

  /** A plain lock named {@code name}, or a generated name when it is null. */
  public Lock lock(String name) {
    return new Lock(name != null ? name : "lock-" + made.incrementAndGet());
  }

  /** A re-entrant lock named {@code name}, or a generated name when it is null. */
  public RLock rlock(String name) {
    return new RLock(name != null ? name : "rlock-" + made.incrementAndGet());
  }

  /**
   * A semaphore with {@code permits} free permits, named {@code name} or a generated name.
   *
   * @throws MisuseError when {@code permits} is negative
   */
  public Semaphore semaphore(String name, int permits) {
    return new Semaphore(named(name, "semaphore"), permits, false);
  }

  /**
   * A bounded semaphore with {@code permits} free permits, named {@code name} or a generated name.
   *
   * @throws MisuseError when {@code permits} is negative
   */
  public BoundedSemaphore boundedSemaphore(String name, int permits) {
    return new BoundedSemaphore(named(name, "semaphore"), permits);
  }

  /** An event, not set, named {@code name} or a generated name. */
  public Event event(String name) {
    return new Event(named(name, "event"));
  }

  /**
   * A condition over {@code lock}, named {@code name} or a generated name. When {@code lock} is
   * null it gets a fresh re-entrant lock of its own, named after it: {@code c.lock}.
   */
  public Condition condition(String name, Lock lock) {
    String conditionName = named(name, "condition");
    return new Condition(conditionName, lock != null ? lock : new RLock(conditionName + ".lock"));
  }

  /**
   * A barrier for {@code parties} tasks, named {@code name} or a generated name, that runs {@code
   * action} (when not null) once per round, on the last task to arrive.
   *
   * @throws MisuseError when {@code parties} is less than 1
   */
  public Barrier barrier(String name, int parties, Runnable action) {
    return barrier(name, parties, action, -1);
  }

  /** {@link #barrier(String, int, Runnable)} whose wait with no timeout waits {@code timeout} s. */
  public Barrier barrier(String name, int parties, Runnable action, double timeout) {
    return new Barrier(named(name, "barrier"), parties, action, timeout);
  }

  private String named(String name, String kind) {
    return name != null ? name : kind + "-" + made.incrementAndGet();
  }
}
