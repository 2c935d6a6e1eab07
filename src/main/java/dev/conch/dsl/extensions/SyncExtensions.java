package dev.conch.dsl.extensions;

import dev.conch.dsl.DirectCall;
import dev.conch.runtime.sync.Acquirable;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import groovy.lang.Closure;

/**
 * The Python spellings of the synchronisation objects, added as Groovy extension methods: {@code
 * wait()}, {@code notify()} and {@code notifyAll()}, which Java cannot declare because {@code
 * Object}'s are final, and {@code n_waiting}; {@link SpellingTwins} adds {@code is_set()}, {@code
 * notify_all()}, {@code wait_for()} and the other camelCase twins. Groovy prefers an extension
 * method declared for the object's own class over {@code Object}'s, even in statically compiled
 * code; the {@code long} overloads keep {@code e.wait(1)} from reaching {@code Object.wait(long)}.
 * Timeouts are in seconds; null or a negative value waits as long as it takes. Stateless.
 */
public final class SyncExtensions {
  private SyncExtensions() {}

  /**
   * {@code lock.withLock { … }} (and a semaphore's, a condition's) without turning the block into a
   * {@code Callable} proxy on each call, and straight to the block's code where it can (see {@link
   * DirectCall}): in a tight loop Groovy's own call of a closure costs more than the lock.
   */
  @SuppressWarnings("unchecked") // the block's value, as Groovy's own call would give it
  public static <T> T withLock(Acquirable self, Closure<T> body) throws Exception {
    return self.withLock(() -> (T) DirectCall.callWithoutArguments(body));
  }

  /** Python's {@code Event.wait()}: waits until the event is set. Returns true. */
  public static boolean wait(Event self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Event.wait(timeout)}, in seconds: returns whether the event is set. */
  public static boolean wait(Event self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Event.wait(timeout)}, in seconds: returns whether the event is set. */
  public static boolean wait(Event self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  /** Python's {@code Condition.wait()}: waits for a notify, with the lock let go meanwhile. */
  public static boolean wait(Condition self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Condition.wait(timeout)}, in seconds: returns whether it was notified. */
  public static boolean wait(Condition self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Condition.wait(timeout)}, in seconds: returns whether it was notified. */
  public static boolean wait(Condition self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  /** Python's {@code Condition.notify()}: wakes the task that has waited longest. */
  public static void notify(Condition self) {
    self.signal(1);
  }

  /** Python's {@code Condition.notify(n)}: wakes up to {@code n} waiting tasks. */
  public static void notify(Condition self, int n) {
    self.signal(n);
  }

  /** Python's older {@code Condition.notifyAll()}: wakes every waiting task. */
  public static void notifyAll(Condition self) {
    self.signalAll();
  }

  /** Python's {@code Barrier.wait()}: returns the arrival index, 0 for the first. */
  public static int wait(Barrier self) throws InterruptedException {
    return self.await();
  }

  /** Python's {@code Barrier.wait(timeout)}, in seconds; a timeout breaks the barrier. */
  public static int wait(Barrier self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Python's {@code Barrier.wait(timeout)}, in seconds; a timeout breaks the barrier. */
  public static int wait(Barrier self, Number seconds) throws InterruptedException {
    return self.await(seconds(seconds));
  }

  /** Python's {@code Barrier.n_waiting}: how many tasks wait at it now. */
  public static int getN_waiting(Barrier self) {
    return self.getWaiting();
  }

  private static double seconds(Number seconds) {
    return seconds == null ? -1 : seconds.doubleValue();
  }
}
