package dev.conch.process;

import dev.conch.runtime.Acquirable;

/**
 * A child's proxy for a semaphore (or bounded semaphore) of the parent: each permit the child takes
 * is counted, and those it has not given back when it dies are given back for it. Thread-safe (each
 * call is a message to the parent).
 */
public final class ProxySemaphore implements Acquirable, Proxied {
  private final Remote remote;
  private final Handle handle;

  ProxySemaphore(Remote remote, Handle handle) {
    this.remote = remote;
    this.handle = handle;
  }

  /** Takes a permit, as Python's {@code acquire(blocking, timeout)} (seconds). */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, blocking, "acquire", blocking, timeoutSeconds);
  }

  /** Gives one permit back. */
  @Override
  public void release() {
    release(1);
  }

  /** Gives {@code n} permits back. */
  public void release(int n) {
    try {
      remote.call(handle, false, "release", n);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the parent could not say how it ended; keep the flag
    }
  }

  /** How many permits are free now. */
  public int free() throws InterruptedException {
    return (Integer) remote.call(handle, false, "free");
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
