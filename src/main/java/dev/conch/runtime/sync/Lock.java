package dev.conch.runtime.sync;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Hold;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A named mutual-exclusion lock whose holder and waiters the runtime can see: a task blocked on it
 * is journaled as {@link TaskState#BLOCKED} on this lock, and {@link #owner()} names the task that
 * holds it, which is what {@code /tasks} and the deadlock watcher read. A plain lock refuses to be
 * taken twice by the same task (that would be a self-deadlock); {@link RLock} allows it.
 *
 * <p>Thread-safe. Acquiring happens-before the matching release, as for {@link ReentrantLock}.
 * Uncontended acquire and release journal nothing, so tight locked loops stay fast.
 */
public class Lock implements OwnedLock, Acquirable {
  /** This lock as a task's holdings see it: held or not, and given back when it is cancelled. */
  private final Hold hold =
      new Hold() {
        @Override
        public boolean heldBy(Task task) {
          return Lock.this.heldByCurrentThread();
        }

        @Override
        public void releaseAll(Task task) {
          Lock.this.releaseAll();
        }
      };

  /**
   * How many times a contended acquire looks again before it parks, pausing longer between looks
   * (up to 32 spin-waits; a few milliseconds in all): holders of a lock in a tight loop let go
   * within a few hundred nanoseconds, and a parked waiter makes every release an unpark.
   */
  private static final int SPINS = 2000;

  private final String name;
  private final ReentrantLock inner = new ReentrantLock();
  private final SyncClock raceClock = SyncClock.underItsLock(); // called only while held
  private static final VarHandle OWNER;

  static {
    try {
      OWNER = MethodHandles.lookup().findVarHandle(Lock.class, "owner", Task.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The task holding the lock, for those who look on (/tasks, the deadlock watcher). Written with
   * release semantics only: a full volatile write on every acquire and release would cost tight
   * locked loops a fence each time, and onlookers may read a value a moment old.
   */
  @SuppressWarnings("unused") // through OWNER
  private volatile Task owner;

  Lock(String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  /**
   * Takes the lock, as Python's {@code acquire(blocking, timeout)}: when not {@code blocking} only
   * if it is free now; otherwise waiting at most {@code timeoutSeconds} (seconds, as in Python; a
   * timeout of -1 waits as long as it takes). Returns whether the lock was taken.
   *
   * @throws ValueError when not blocking with a timeout, or the timeout is negative and not -1
   * @throws RuntimeError when a plain lock is taken again, waiting as long as it takes, by the task
   *     that holds it; with a timeout, or not blocking, the call answers false as Python's
   */
  @Override
  public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
    if (timeoutSeconds != -1) {
      Acquirable.requireNoTimeoutUnlessBlocking(this, blocking, timeoutSeconds);
      Acquirable.requireTimeoutOrForever(this, "acquire", timeoutSeconds);
    }
    if (inner.tryLock()) { // the fast path, kept small so that the JIT inlines it into loops
      if (inner.getHoldCount() > 1 && !reentrant()) {
        inner.unlock();
        return takenAgain(blocking, timeoutSeconds);
      }
      own(Task.current());
      return true;
    }
    return blocking && acquireContended(timeoutSeconds);
  }

  /**
   * The holder asks for its own plain lock again: waiting as long as it takes would never end (an
   * error that says so); a call that cannot wait, or waits a while, gets false as in Python.
   */
  private boolean takenAgain(boolean blocking, double timeoutSeconds) throws InterruptedException {
    if (blocking && timeoutSeconds < 0) {
      throw Acquirable.selfDeadlock(label(), Task.current());
    }
    if (blocking) {
      TimeUnit.NANOSECONDS.sleep(Seconds.nanos(timeoutSeconds));
    }
    return false;
  }

  /** Waits for a lock another task holds: spinning a little, then parked and journaled. */
  private boolean acquireContended(double timeoutSeconds) throws InterruptedException {
    for (int spin = 0; spin < SPINS; spin++) {
      // back off: a holder in a tight loop takes the lock again at once, and a waiter that grabs
      // it at every release makes the lock change cores on each turn, which costs more
      for (int pause = 1 << Math.min(spin, 5); pause > 0; pause--) {
        Thread.onSpinWait();
      }
      if (!inner.isLocked() && inner.tryLock()) { // look before the CAS: it steals the line
        own(Task.current());
        return true;
      }
    }
    Task task = Task.current();
    TaskState before = task == null ? null : task.getState();
    if (task != null) {
      task.enter(TaskState.BLOCKED, this);
    }
    boolean taken;
    try {
      if (timeoutSeconds < 0) {
        inner.lockInterruptibly();
        taken = true;
      } else {
        taken = inner.tryLock(Seconds.nanos(timeoutSeconds), TimeUnit.NANOSECONDS);
      }
    } finally {
      if (task != null) {
        task.enter(before, null);
      }
    }
    if (taken && task != null && RuntimeInternals.cancelRequested(task)) {
      inner.unlock(); // a task being cancelled gives up a lock it got on its way out
      throw new InterruptedException(task.getName() + " was cancelled");
    }
    if (taken) {
      own(task);
    }
    return taken;
  }

  /**
   * The calling thread has just taken the lock for {@code task}: onlookers see it as the holder,
   * and the task gives it back should it be cancelled.
   */
  private void own(Task task) {
    OWNER.setRelease(this, task);
    if (task != null) {
      RuntimeInternals.took(task, hold);
      if (inner.getHoldCount() == 1) {
        raceClock.locked(task, this);
      }
    }
  }

  /**
   * Gives the lock back.
   *
   * @throws MisuseError when the calling task does not hold it
   */
  @Override
  public void release() {
    if (!inner.isHeldByCurrentThread()) {
      Task holder = owner;
      if (holder == null) {
        throw new RuntimeError(
            "lock.notheld",
            "%s: %s does not hold it, so it cannot release it",
            label(),
            Acquirable.holderName(Task.current()));
      }
      throw new RuntimeError(
          "lock.notheld.by",
          "%s: %s does not hold it, so it cannot release it (%s does)",
          label(),
          Acquirable.holderName(Task.current()),
          holder.getName());
    }
    if (inner.getHoldCount() == 1) {
      raceClock.unlocked(owner, this); // the holder: the calling thread's task
      OWNER.setRelease(this, null);
    }
    inner.unlock();
  }

  /** Whether some task holds the lock now. */
  public boolean locked() {
    return inner.isLocked();
  }

  /**
   * Runs {@code body} holding the lock, releasing it however the body ends; returns its value. When
   * the body fails without the lock (a condition's wait interrupted while it took the lock back),
   * its error is passed on as it is.
   */
  @Override
  public <T> T withLock(Callable<T> body) throws Exception {
    acquire();
    boolean returned = false;
    try {
      T value = body.call();
      returned = true;
      return value;
    } finally {
      if (returned || inner.isHeldByCurrentThread()) {
        release();
      }
    }
  }

  /** The task holding the lock, or null. */
  public Task owner() {
    return inner.isLocked() ? owner : null;
  }

  boolean reentrant() {
    return false;
  }

  /** Whether the calling thread holds the lock. */
  boolean heldByCurrentThread() {
    return inner.isHeldByCurrentThread();
  }

  /**
   * Lets go of the lock entirely, however many times the calling thread took it: for a condition's
   * wait, and as a cancelled task ends. Returns how many times it was held (none when the calling
   * thread does not hold it), for {@link #reacquire(int)}.
   */
  int releaseAll() {
    int holds = inner.getHoldCount();
    if (holds > 0) {
      raceClock.unlocked(owner, this);
      OWNER.setRelease(this, null);
    }
    for (int i = 0; i < holds; i++) {
      inner.unlock();
    }
    return holds;
  }

  /**
   * Takes the lock back {@code holds} times after a condition's wait; while another task holds it,
   * the caller is journaled as blocked on this lock, so the deadlock watcher sees it.
   */
  void reacquire(int holds) throws InterruptedException {
    acquire(true, -1);
    for (int i = 1; i < holds; i++) {
      inner.lock();
    }
  }

  /** How the lock is named in messages: {@code lock a}, {@code rlock r}. */
  @Override
  public String label() {
    return (reentrant() ? "rlock " : "lock ") + name;
  }

  /** {@code lock a}, with its holder when held: {@code lock a (held by left)}. */
  @Override
  public String toString() {
    Task holder = owner();
    return holder == null ? label() : label() + " (held by " + holder.getName() + ")";
  }
}
