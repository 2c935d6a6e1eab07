package dev.conch.runtime.wait;

import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link Condition} of a runtime object's guard that names whom each signal wakes, so that a
 * coroutine woken by a put or a release queues for the turn before the turn passes on, on every run
 * (the loop waits for it whatever its thread is doing meanwhile). Its waiters are kept in the order
 * they began to wait, the order the condition wakes them in.
 *
 * <p>Guarded by {@code guard}, as every use of a condition is: waits and signals are made holding
 * it.
 */
public final class TurnCondition implements Condition {
  private final ReentrantLock guard;
  private final Condition inner;
  private final ArrayDeque<Waiter> waiters = new ArrayDeque<>(); // oldest first; guarded by guard

  /** One wait on this condition: the task making it (null for a thread of no task). */
  private static final class Waiter {
    final Task task;
    boolean signalled; // guarded by guard

    Waiter(Task task) {
      this.task = task;
    }
  }

  public TurnCondition(ReentrantLock guard) {
    this.guard = guard;
    this.inner = guard.newCondition();
  }

  @Override
  public void await() throws InterruptedException {
    Waiter w = enlist();
    try {
      inner.await();
    } finally {
      leave(w);
    }
  }

  @Override
  public void awaitUninterruptibly() {
    Waiter w = enlist();
    try {
      inner.awaitUninterruptibly();
    } finally {
      leave(w);
    }
  }

  @Override
  public long awaitNanos(long nanos) throws InterruptedException {
    Waiter w = enlist();
    try {
      return inner.awaitNanos(nanos);
    } finally {
      leave(w);
    }
  }

  @Override
  public boolean await(long time, TimeUnit unit) throws InterruptedException {
    return awaitNanos(unit.toNanos(time)) > 0;
  }

  @Override
  public boolean awaitUntil(Date deadline) throws InterruptedException {
    return awaitNanos(
            TimeUnit.MILLISECONDS.toNanos(deadline.getTime() - System.currentTimeMillis()))
        > 0;
  }

  @Override
  public void signal() {
    inner.signal(); // first: it refuses a caller not holding the guard
    Waiter w = waiters.pollFirst();
    if (w != null) {
      w.signalled = true;
      woke(w);
    }
  }

  @Override
  public void signalAll() {
    inner.signalAll();
    for (Waiter w; (w = waiters.pollFirst()) != null; ) {
      w.signalled = true;
      woke(w);
    }
  }

  private Waiter enlist() {
    Task task = Task.current();
    if (task != null) {
      RuntimeInternals.waitsAgain(task); // a woken one that found the guard still holding
    }
    Waiter w = new Waiter(task);
    waiters.addLast(w);
    return w;
  }

  /** A wait ended by a timeout or an interrupt leaves the line; a signalled one has left it. */
  private void leave(Waiter w) {
    if (!w.signalled) {
      waiters.remove(w);
    }
  }

  private void woke(Waiter w) {
    if (w.task != null) {
      RuntimeInternals.woken(w.task, guard);
    }
  }
}
