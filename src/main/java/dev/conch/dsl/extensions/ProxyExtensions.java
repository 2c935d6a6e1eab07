package dev.conch.dsl.extensions;

import dev.conch.process.proxy.ProxyBarrier;
import dev.conch.process.proxy.ProxyCondition;
import dev.conch.process.proxy.ProxyEvent;

/**
 * The Python spellings of the proxies a child process holds for the parent's events, conditions and
 * barriers, which Java cannot declare on them because {@code Object}'s {@code wait()}, {@code
 * notify()} and {@code notifyAll()} are final: added as Groovy extension methods, as {@link
 * SyncExtensions} adds them to the real objects. The proxies declare the other spellings
 * themselves. Timeouts are in seconds; null or a negative value waits as long as it takes.
 * Stateless.
 */
public final class ProxyExtensions {
  private ProxyExtensions() {}

  /** Python's {@code Event.wait()}: waits until the event is set. Returns true. */
  public static boolean wait(ProxyEvent self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Event.wait(timeout)}: returns whether the event is set. */
  public static boolean wait(ProxyEvent self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Event.wait(timeout)}: returns whether the event is set. */
  public static boolean wait(ProxyEvent self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  /** Python's {@code Condition.wait()}: waits for a notify, with the lock let go meanwhile. */
  public static boolean wait(ProxyCondition self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Condition.wait(timeout)}: returns whether it was notified. */
  public static boolean wait(ProxyCondition self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Condition.wait(timeout)}: returns whether it was notified. */
  public static boolean wait(ProxyCondition self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  /** Python's {@code Condition.notify()}: wakes the task that has waited longest. */
  public static void notify(ProxyCondition self) throws InterruptedException {
    self.signal(1);
  }

  /** Python's {@code Condition.notify(n)}: wakes up to {@code n} waiting tasks. */
  public static void notify(ProxyCondition self, int n) throws InterruptedException {
    self.signal(n);
  }

  /** Python's older {@code Condition.notifyAll()}: wakes every waiting task. */
  public static void notifyAll(ProxyCondition self) throws InterruptedException {
    self.signalAll();
  }

  /** Python's {@code Barrier.wait()}: returns the arrival index, 0 for the first. */
  public static int wait(ProxyBarrier self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Barrier.wait(timeout)}; a timeout breaks the barrier. */
  public static int wait(ProxyBarrier self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Barrier.wait(timeout)}; a timeout breaks the barrier. */
  public static int wait(ProxyBarrier self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  private static double seconds(Number seconds) {
    return seconds == null ? -1 : seconds.doubleValue();
  }
}
