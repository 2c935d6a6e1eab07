package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A child's proxy for an event of the parent: {@code set()}, {@code clear()}, {@code is_set()}, and
 * the waits {@link #await()} and {@link #await(double)}, which Groovy code spells {@code wait()}
 * and {@code wait(seconds)}. Thread-safe (each call is a message to the parent).
 */
public final class ProxyEvent extends ProxyBase {
  ProxyEvent(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Raises the flag and wakes every task waiting for it. */
  public void set() throws InterruptedException {
    remote.call(handle, false, "set");
  }

  /** Lowers the flag. */
  public void clear() throws InterruptedException {
    remote.call(handle, false, "clear");
  }

  /** Whether the flag is up now. */
  public boolean isSet() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "isSet");
  }

  /** Waits until the flag is set. Returns true. */
  public boolean await() throws InterruptedException {
    return await(-1);
  }

  /** Waits at most {@code timeoutSeconds} (negative: forever); returns whether the flag is set. */
  public boolean await(double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, true, "await", timeoutSeconds);
  }
}
