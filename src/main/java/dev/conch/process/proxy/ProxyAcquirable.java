package dev.conch.process.proxy;

import dev.conch.process.Handle;
import dev.conch.runtime.sync.Acquirable;

/**
 * What the child's proxies of a lock, a semaphore and a condition share: taking and giving back the
 * parent's object for this thread of the child, held by the child's task (and given back if the
 * child dies holding it). Thread-safe (each call is a message to the parent).
 */
public abstract class ProxyAcquirable extends ProxyBase implements Acquirable {
  ProxyAcquirable(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Takes it, as Python's {@code acquire(blocking, timeout)} (seconds). */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, blocking, "acquire", blocking, timeoutSeconds);
  }

  /** Gives it back. */
  @Override
  public void release() {
    quietly("release");
  }

  /** Calls {@code op}, which does not wait; an interrupt meanwhile stays set for the caller. */
  final void quietly(String op, Object... args) {
    try {
      remote.call(handle, false, op, args);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the parent could not say how it ended; keep the flag
    }
  }

  /** The label of the parent's object, such as {@code lock a}. */
  public String label() {
    return handle.label();
  }
}
