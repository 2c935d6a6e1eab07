package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A child's proxy for a semaphore (or bounded semaphore) of the parent: each permit the child takes
 * is counted, and those it has not given back when it dies are given back for it. Thread-safe (each
 * call is a message to the parent).
 */
public final class ProxySemaphore extends ProxyAcquirable {
  ProxySemaphore(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Gives one permit back. */
  @Override
  public void release() {
    release(1);
  }

  /** Gives {@code n} permits back. */
  public void release(int n) {
    quietly("release", n);
  }

  /** How many permits are free now. */
  public int free() throws InterruptedException {
    return (Integer) remote.call(handle, false, "free");
  }
}
