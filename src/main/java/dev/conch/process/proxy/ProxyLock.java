package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A child's proxy for a lock or rlock of the parent: the parent's lock is taken and released for
 * this thread of the child, held by the child's task, and given back if the child dies holding it.
 * Thread-safe (each call is a message to the parent).
 */
public final class ProxyLock extends ProxyAcquirable {
  ProxyLock(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Whether some task holds the lock now. */
  public boolean locked() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "locked");
  }
}
