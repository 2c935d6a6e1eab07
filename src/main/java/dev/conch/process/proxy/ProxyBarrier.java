package dev.conch.process.proxy;

import dev.conch.process.Handle;

/**
 * A child's proxy for a barrier of the parent: {@link #await(double)} (Groovy: {@code wait()},
 * {@code wait(seconds)}) arrives and waits in the parent; {@code parties}, {@code n_waiting},
 * {@code broken}, {@code abort()} and {@code reset()} as Python's. Thread-safe (each call is a
 * message to the parent).
 */
public final class ProxyBarrier extends ProxyBase {
  ProxyBarrier(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Arrives and waits for all parties, as long as it takes; returns the arrival index. */
  public int await() throws InterruptedException {
    return await(-1);
  }

  /** Arrives and waits at most {@code timeoutSeconds}; returns the arrival index. */
  public int await(double timeoutSeconds) throws InterruptedException {
    return (Integer) remote.call(handle, true, "await", timeoutSeconds);
  }

  /** How many tasks must arrive. */
  public int getParties() throws InterruptedException {
    return (Integer) remote.call(handle, false, "parties");
  }

  /** How many tasks wait at it now. */
  public int getWaiting() throws InterruptedException {
    return (Integer) remote.call(handle, false, "waiting");
  }

  /** Python's {@code n_waiting}. */
  public int getN_waiting() throws InterruptedException {
    return getWaiting();
  }

  /** Whether it is broken. */
  public boolean isBroken() throws InterruptedException {
    return (Boolean) remote.call(handle, false, "broken");
  }

  /** Breaks it: those waiting, and later arrivals, get a broken-barrier error. */
  public void abort() throws InterruptedException {
    remote.call(handle, false, "abort");
  }

  /** Mends it for a new round. */
  public void reset() throws InterruptedException {
    remote.call(handle, false, "reset");
  }
}
