package dev.conch.process.proxy;

import dev.conch.process.Handle;
import dev.conch.runtime.Seconds;
import java.util.function.BooleanSupplier;

/**
 * A child's proxy for a condition of the parent: its lock is taken for this thread of the child
 * ({@code withLock { }}), {@link #await(double)} lets go of it in the parent and waits for a
 * notify, and {@link #waitFor} checks its predicate here, in the child, between waits. Groovy code
 * spells the waits {@code wait()}, {@code wait(seconds)}, and the notifies {@code notify()}, {@code
 * notify(n)}, {@code notify_all()}. Thread-safe (each call is a message to the parent).
 */
public final class ProxyCondition extends ProxyAcquirable {
  ProxyCondition(Remote remote, Handle handle) {
    super(remote, handle);
  }

  /** Waits for a notify, as long as it takes. Returns true. */
  public boolean await() throws InterruptedException {
    return await(-1);
  }

  /** Waits for a notify at most {@code timeoutSeconds}; returns whether it was notified. */
  public boolean await(double timeoutSeconds) throws InterruptedException {
    return (Boolean) remote.call(handle, true, "await", timeoutSeconds);
  }

  /** Python's {@code wait_for(predicate)}: waits until the predicate holds. Returns true. */
  public boolean waitFor(BooleanSupplier predicate) throws InterruptedException {
    return waitFor(predicate, -1);
  }

  /**
   * Python's {@code wait_for(predicate, timeout)}: checks the predicate and waits for notifies
   * until it holds or {@code timeoutSeconds} pass in all; returns its last answer.
   */
  public boolean waitFor(BooleanSupplier predicate, double timeoutSeconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + Seconds.nanos(timeoutSeconds);
    boolean result = predicate.getAsBoolean();
    while (!result) {
      double left = -1;
      if (timeoutSeconds >= 0) {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
          break;
        }
        left = nanos / 1e9;
      }
      await(left);
      result = predicate.getAsBoolean();
    }
    return result;
  }

  /** Wakes up to {@code n} waiting tasks. */
  public void signal(int n) throws InterruptedException {
    remote.call(handle, false, "signal", n);
  }

  /** Wakes every waiting task. */
  public void signalAll() throws InterruptedException {
    remote.call(handle, false, "signalAll");
  }
}
