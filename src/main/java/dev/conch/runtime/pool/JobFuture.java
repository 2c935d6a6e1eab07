package dev.conch.runtime.pool;

import dev.conch.runtime.Rethrow;
import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One job given to an {@link Executor} with {@code submit}, as Python's {@code Future}: pending,
 * then running, then done, failed or cancelled. Only a pending job can be cancelled. Unlike Python,
 * a failure nobody asks about (no {@code result()}, {@code exception()} or done-callback by the
 * time the task that submitted it ends) is said, as a failed task is.
 *
 * <p>Thread-safe. Its phase moves forward by compare-and-set, so a job is either cancelled or run,
 * never both; the job's value happens-before {@link #result()} returns it.
 */
public final class JobFuture extends Submission {
  /** Where the job is. */
  enum Phase {
    PENDING,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.PENDING);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final List<Consumer<JobFuture>> callbacks = new ArrayList<>(); // guarded by this
  private volatile Object value;
  private volatile RuntimeException error;

  JobFuture(Dispatcher dispatcher, Jobs jobs) {
    super(dispatcher, jobs);
  }

  /** Waits for the job and returns its value. */
  public Object result() throws InterruptedException {
    return result(-1);
  }

  /** {@link #result()} by the name a pool's results use. */
  public Object get() throws InterruptedException {
    return result(-1);
  }

  /** {@link #result(double)} by the name a pool's results use. */
  public Object get(double seconds) throws InterruptedException {
    return result(seconds);
  }

  /**
   * Waits at most {@code seconds} (negative: as long as it takes) for the job and returns its
   * value.
   *
   * @throws TimeoutError when it has not ended in time
   * @throws CancelledError when it was cancelled; when it failed, the job's own error
   */
  public Object result(double seconds) throws InterruptedException {
    heard();
    awaitEnd(seconds);
    if (error != null) {
      throw Rethrow.unchecked(JobFailedError.raised(error));
    }
    return value;
  }

  /** Waits for the job and returns its own error, or null when it succeeded. */
  public Throwable exception() throws InterruptedException {
    return exception(-1);
  }

  /**
   * Waits at most {@code seconds} for the job and returns its error, or null when it succeeded.
   *
   * @throws TimeoutError when it has not ended in time
   * @throws CancelledError when it was cancelled
   */
  public Throwable exception(double seconds) throws InterruptedException {
    heard();
    awaitEnd(seconds);
    if (error instanceof CancelledError cancelled) {
      throw cancelled;
    }
    return error == null ? null : JobFailedError.raised(error);
  }

  private void awaitEnd(double seconds) throws InterruptedException {
    if (!Waits.await(this, finished, seconds)) {
      throw new TimeoutError(
          "pool.timeout", "%s: no result within %s s", toString(), Seconds.text(seconds));
    }
    callerLearns();
  }

  /** Whether the job has ended: done, failed or cancelled. */
  public boolean done() {
    return finished.getCount() == 0;
  }

  /** Whether a worker runs the job now. */
  public boolean running() {
    return phase.get() == Phase.RUNNING;
  }

  /** Whether the job was cancelled. */
  public boolean cancelled() {
    return phase.get() == Phase.CANCELLED;
  }

  /**
   * Cancels the job if no worker has started it. Returns whether it is cancelled now (false when it
   * runs or has ended).
   */
  public boolean cancel() {
    if (phase.compareAndSet(Phase.PENDING, Phase.CANCELLED)) {
      end(null, new CancelledError("pool.cancelled", "%s: cancelled before it ran", label()));
    }
    return cancelled();
  }

  /** Calls {@code callback} with this future once the job has ended (at once if it has). */
  public void addDoneCallback(Consumer<JobFuture> callback) {
    heard(); // the callback gets the future, and may ask it how the job went
    synchronized (this) {
      if (!done()) {
        callbacks.add(callback);
        return;
      }
    }
    dispatcher().callBack(this, () -> callback.accept(this));
  }

  @Override
  boolean claim(int index) {
    return phase.compareAndSet(Phase.PENDING, Phase.RUNNING);
  }

  @Override
  void stored(int index, Object result) {
    if (phase.compareAndSet(Phase.RUNNING, Phase.DONE)) {
      end(result, null);
    }
  }

  @Override
  void failedAt(int index, RuntimeException failure) {
    if (phase.compareAndSet(Phase.RUNNING, Phase.FAILED)) {
      sayUnlessHeard(failure); // result() may never come
      end(null, failure);
    }
  }

  @Override
  void allDone() {
    // stored or failedAt has ended it already
  }

  @Override
  void abandoned(CancelledError why) {
    // a worker may start the job between the read and the swap: look again until it has ended
    for (Phase now = phase.get(); now == Phase.PENDING || now == Phase.RUNNING; now = phase.get()) {
      if (phase.compareAndSet(now, Phase.CANCELLED)) {
        end(null, why);
        return;
      }
    }
  }

  @Override
  boolean finished() {
    return done();
  }

  private void end(Object result, RuntimeException failure) {
    this.value = result;
    this.error = failure;
    List<Consumer<JobFuture>> toCall;
    synchronized (this) {
      finished.countDown();
      toCall = List.copyOf(callbacks);
      callbacks.clear();
    }
    settled();
    for (Consumer<JobFuture> callback : toCall) {
      dispatcher().callBack(this, () -> callback.accept(this));
    }
  }

  /** {@code executor executor-1 job 3}. */
  private String label() {
    return dispatcher().label() + " job " + jobNumber(0);
  }

  /** {@code executor executor-1 job 3 (running)}. */
  @Override
  public String toString() {
    return label() + " (" + phase.get().word() + ")";
  }
}
