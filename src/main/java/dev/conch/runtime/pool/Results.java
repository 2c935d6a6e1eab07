package dev.conch.runtime.pool;

import dev.conch.runtime.Rethrow;
import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.StopIteration;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The values of {@code imap} (in input order) or {@code imap_unordered} (in the order the jobs
 * end), handed out one at a time as they come. A job that failed throws its error when its turn
 * comes; the iteration may go on after it. It can be iterated once.
 *
 * <p>Thread-safe: workers store values under the lock; {@link #next()} waits for them under the
 * same lock, so a value stored happens-before it is handed out.
 */
public final class Results extends Submission implements Iterator<Object>, Iterable<Object> {
  /** A failed job's place among the values. */
  private record Failure(RuntimeException error) {}

  private final boolean ordered;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Object[] slots; // guarded by lock: in input order, when ordered
  private final boolean[] filled; // guarded by lock
  private final ArrayDeque<Object> arrivals = new ArrayDeque<>(); // guarded by lock: when not
  private int taken; // guarded by lock
  private volatile boolean over;

  Results(Dispatcher dispatcher, Jobs jobs, boolean ordered) {
    super(dispatcher, jobs);
    this.ordered = ordered;
    this.slots = ordered ? new Object[jobs.size()] : null;
    this.filled = ordered ? new boolean[jobs.size()] : null;
  }

  @Override
  public Iterator<Object> iterator() {
    return this;
  }

  /** Whether there are values not handed out yet (some may still be coming). */
  @Override
  public boolean hasNext() {
    lock.lock();
    try {
      return taken < total();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The next value, waiting for it if it has not come yet.
   *
   * @throws RuntimeException the job's own error when the job of that value failed
   * @throws StopIteration when every value has been handed out, as Python's {@code next()}
   */
  @Override
  public Object next() {
    return next(-1);
  }

  /**
   * The next value, waiting at most {@code seconds} for it (negative: as long as it takes), as
   * Python's {@code next(timeout)} on an imap's iterator.
   *
   * @throws TimeoutError when it has not come in time; it may still come, and next() gets it
   * @throws RuntimeException the job's own error when the job of that value failed
   * @throws StopIteration when every value has been handed out, as Python's {@code next()}
   */
  public Object next(double seconds) {
    Object next;
    lock.lock();
    try {
      if (taken >= total()) {
        throw new StopIteration("pool.next.ended", "%s: no more values", this);
      }
      if (!available() && seconds >= 0 && !Waits.on(this, () -> awaitNext(seconds))) {
        throw new TimeoutError(
            "pool.next.timeout", "%s: no value within %s s", this, Seconds.text(seconds));
      }
      if (!available()) {
        Waits.on(this, this::awaitNext);
      }
      next = take();
      callerLearns();
    } catch (InterruptedException e) {
      dispatcher().abandon(this); // Ctrl-C on an imap loop takes its jobs with it, as for map
      throw Rethrow.unchecked(e);
    } finally {
      lock.unlock();
    }
    if (next instanceof Failure failure) {
      throw Rethrow.unchecked(JobFailedError.raised(failure.error()));
    }
    return next;
  }

  /** Waits at most {@code seconds} for the next value; whether it came. */
  private boolean awaitNext(double seconds) throws InterruptedException {
    long left = Seconds.nanos(seconds);
    while (!available() && left > 0) {
      left = arrived.awaitNanos(left);
    }
    return available();
  }

  private Void awaitNext() throws InterruptedException {
    while (!available()) {
      arrived.await();
    }
    return null;
  }

  private boolean available() {
    return ordered ? filled[taken] : !arrivals.isEmpty();
  }

  private Object take() {
    Object value;
    if (ordered) {
      value = slots[taken];
      slots[taken] = null;
    } else {
      value = arrivals.poll();
    }
    taken++;
    return value;
  }

  private void put(int index, Object value) {
    lock.lock();
    try {
      if (over) {
        return; // abandoned: every value still missing is already a failure
      }
      if (ordered) {
        if (!filled[index]) {
          slots[index] = value;
          filled[index] = true;
        }
      } else {
        arrivals.add(value);
      }
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  void stored(int index, Object value) {
    put(index, value);
  }

  @Override
  void failedAt(int index, RuntimeException error) {
    put(index, new Failure(error));
  }

  @Override
  void allDone() {
    over = true;
    settled();
  }

  @Override
  void abandoned(CancelledError why) {
    lock.lock();
    try {
      if (over) {
        return;
      }
      over = true;
      Failure failure = new Failure(why);
      if (ordered) {
        for (int i = 0; i < total(); i++) {
          if (!filled[i]) {
            slots[i] = failure;
            filled[i] = true;
          }
        }
      } else {
        for (int i = taken + arrivals.size(); i < total(); i++) {
          arrivals.add(failure);
        }
      }
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    settled();
  }

  @Override
  boolean finished() {
    return over;
  }
}
