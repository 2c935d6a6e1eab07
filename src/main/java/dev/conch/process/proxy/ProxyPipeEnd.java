package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A child's proxy for one end of a pipe of the parent: {@code send(obj)} (a copy travels), {@code
 * recv()} (waits), {@code poll(timeout)}, {@code close()}. Thread-safe (each call is a message to
 * the parent).
 */
public final class ProxyPipeEnd extends ProxyBase {
  ProxyPipeEnd(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Sends a copy of {@code message} to the other end. */
  public void send(Object message) throws InterruptedException {
    remote.call(handle, false, "send", new Remote.Val(message));
  }

  /** Takes the next message from the other end, waiting for one; EOFError once it is closed. */
  public Object recv() throws InterruptedException {
    return remote.call(handle, true, "recv");
  }

  /** Whether a message is there now. */
  public boolean poll() throws InterruptedException {
    return poll(0);
  }

  /** Waits at most {@code timeoutSeconds} (negative: forever) for a message; whether one came. */
  public boolean poll(double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, timeoutSeconds != 0, "poll", timeoutSeconds);
  }

  /** Closes this end (for every process that uses it). */
  public void close() throws InterruptedException {
    remote.call(handle, false, "close");
  }

  /** Whether this end is closed. */
  public boolean isClosed() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "closed");
  }
}
