package dev.conch.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the session's locks, naming the unnamed ones {@code lock-1}, {@code rlock-2}, … in the
 * order they are made. Thread-safe. The deadlock watcher will find the locks through their holders
 * and waiters, so none is kept here.
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
}
