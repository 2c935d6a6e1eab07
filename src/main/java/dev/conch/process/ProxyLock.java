package dev.conch.process;

import dev.conch.runtime.Acquirable;

/**
 * A child's proxy for a lock or rlock of the parent: the parent's lock is taken and released for
 * this thread of the child, held by the child's task, and given back if the child dies holding it.
 * Thread-safe (each call is a message to the parent).
 */
public final class ProxyLock implements Acquirable, Proxied {
  private final Remote remote;
  private final Handle handle;

  ProxyLock(Remote remote, Handle handle) {
    this.remote = remote;
    this.handle = handle;
  }

  /** Takes the lock, as Python's {@code acquire(blocking, timeout)} (seconds). */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, blocking, "acquire", blocking, timeoutSeconds);
  }

  /** Gives the lock back. */
  @Override
  public void release() {
    try {
      remote.call(handle, false, "release");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the parent could not say how it ended; keep the flag
    }
  }

  /** Whether some task holds the lock now. */
  public boolean locked() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "locked");
  }

  /** The label of the parent's lock, such as {@code lock a}. */
  public String label() {
    return handle.label();
  }

  @Override
  public Handle handle() {
    return handle;
  }

  @Override
  public String toString() {
    return handle.label();
  }
}
