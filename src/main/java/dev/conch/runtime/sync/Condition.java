package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A condition variable over a {@link Lock}, Python's {@code threading.Condition}: a task holding
 * the lock calls {@link #await(double)} to let go of it and wait until another task, holding the
 * lock too, calls {@link #signal(int)} or {@link #signalAll()}; then it takes the lock back before
 * it returns. Groovy code spells these {@code wait()}, {@code notify()} and {@code notify_all()},
 * as Python does (Java cannot: {@code Object}'s are final).
 *
 * <p>While it waits for a notify the task is journaled as {@link TaskState#WAITING} on the
 * condition; while it takes the lock back it is {@link TaskState#BLOCKED} on the lock, as any
 * acquire, so the deadlock watcher sees it. Waiting gives up the lock entirely, even a re-entrant
 * lock held several times, and takes it back as many times.
 *
 * <p>Thread-safe. Each waiter waits on a ticket of its own, in a queue in the order they began to
 * wait; a notify hands out tickets from the front. What a task did while holding the lock before it
 * notified happens-before the woken task's return from its wait.
 */
public final class Condition implements Acquirable {
  private final String name;
  private final Lock lock;
  private final Deque<CountDownLatch> waiters = new ArrayDeque<>(); // guarded by itself

  Condition(String name, Lock lock) {
    this.name = name;
    this.lock = lock;
  }

  public String getName() {
    return name;
  }

  /** The lock this condition waits with. */
  public Lock getLock() {
    return lock;
  }

  /** Takes the condition's lock (see {@link Lock#acquire(boolean, double)}). */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    return lock.acquire(blocking, timeoutSeconds);
  }

  /** Gives the condition's lock back (see {@link Lock#release()}). */
  @Override
  public void release() {
    lock.release();
  }

  /** Runs {@code body} holding the condition's lock (see {@link Lock#withLock}). */
  @Override
  public <T> T withLock(Callable<T> body) throws Exception {
    return lock.withLock(body);
  }

  /** Waits for a notify as long as it takes. Returns true. */
  public boolean await() throws InterruptedException {
    return await(-1);
  }

  /**
   * Lets go of the lock, waits until notified or until {@code timeoutSeconds} pass (seconds; a
   * negative value waits as long as it takes), and takes the lock back. Returns whether it was
   * notified. When interrupted it still takes the lock back if it can before it throws, and a
   * notify it received passes to the next waiter.
   *
   * @throws MisuseError when the calling task does not hold the lock
   */
  public boolean await(double timeoutSeconds) throws InterruptedException {
    requireHeld("wait()");
    CountDownLatch ticket = new CountDownLatch(1);
    synchronized (waiters) {
      waiters.addLast(ticket);
    }
    int holds = lock.releaseAll();
    InterruptedException interrupted = awaitTicket(ticket, timeoutSeconds);
    try {
      lock.reacquire(holds);
    } catch (InterruptedException again) {
      interrupted = interrupted == null ? again : interrupted;
    }
    boolean notified = leave(ticket);
    if (interrupted != null) {
      if (notified) {
        wake(1);
      }
      throw interrupted;
    }
    return notified;
  }

  /** Waits on {@code ticket}, journaled; returns the interruption that ended the wait, or null. */
  private InterruptedException awaitTicket(CountDownLatch ticket, double timeoutSeconds) {
    Task task = Task.current();
    TaskState before = Waits.begin(task, TaskState.WAITING, this);
    try {
      if (Seconds.forever(timeoutSeconds)) {
        ticket.await();
      } else {
        ticket.await(Seconds.nanos(timeoutSeconds), TimeUnit.NANOSECONDS);
      }
      return null;
    } catch (InterruptedException e) {
      return e;
    } finally {
      Waits.end(task, before);
    }
  }

  /** Takes {@code ticket} out of the queue if no notify did; returns whether it was notified. */
  private boolean leave(CountDownLatch ticket) {
    synchronized (waiters) {
      if (ticket.getCount() == 0) {
        return true;
      }
      waiters.remove(ticket);
      return false;
    }
  }

  /** Waits until {@code predicate} holds, as long as it takes. Returns true. */
  public boolean waitFor(BooleanSupplier predicate) throws InterruptedException {
    return waitFor(predicate, -1);
  }

  /**
   * Python's {@code wait_for}: checks {@code predicate} and, while it does not hold, waits for a
   * notify and checks again, for at most {@code timeoutSeconds} in all (seconds; a negative value
   * waits as long as it takes). Returns the predicate's last answer.
   *
   * @throws MisuseError when the calling task does not hold the lock
   */
  public boolean waitFor(BooleanSupplier predicate, double timeoutSeconds)
      throws InterruptedException {
    requireHeld("wait_for()");
    long deadline = System.nanoTime() + Seconds.nanos(timeoutSeconds);
    boolean result = predicate.getAsBoolean();
    while (!result) {
      double left = -1;
      if (!Seconds.forever(timeoutSeconds)) {
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

  /**
   * Wakes up to {@code n} of the waiting tasks, those that have waited longest (Python's {@code
   * notify(n)}); none when {@code n} is 0 or less. Each takes the lock back once this task lets go.
   *
   * @throws MisuseError when the calling task does not hold the lock
   */
  public void signal(int n) {
    requireHeld("notify()");
    wake(n);
  }

  /**
   * Wakes every waiting task (Python's {@code notify_all()}).
   *
   * @throws MisuseError when the calling task does not hold the lock
   */
  public void signalAll() {
    requireHeld("notify_all()");
    wake(Integer.MAX_VALUE);
  }

  private void wake(int n) {
    synchronized (waiters) {
      for (int i = 0; i < n && !waiters.isEmpty(); i++) {
        waiters.removeFirst().countDown();
      }
    }
  }

  private void requireHeld(String call) {
    if (!lock.heldByCurrentThread()) {
      throw new RuntimeError(
          "condition.notheld",
          "%s: %s needs its lock held; call it inside withLock { … }",
          label(),
          call);
    }
  }

  /** How many tasks wait for a notify now. */
  public int waiting() {
    synchronized (waiters) {
      return waiters.size();
    }
  }

  /** How the condition is named in messages: {@code condition c}. */
  public String label() {
    return "condition " + name;
  }

  /** {@code condition c (2 waiting)}, or {@code condition c (none waiting)}. */
  @Override
  public String toString() {
    int count = waiting();
    return label() + (count == 0 ? " (none waiting)" : " (" + count + " waiting)");
  }
}
