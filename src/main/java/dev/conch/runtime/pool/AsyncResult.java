package dev.conch.runtime.pool;

import dev.conch.runtime.Rethrow;
import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.wait.Waits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The result of {@code map_async} (a list, in input order) or {@code apply_async} (one value), as
 * Python's {@code AsyncResult}. It fails as soon as one job fails, with that job's error; the jobs
 * not started by then are skipped. Unlike Python, a failure nobody hears (no error callback, no
 * {@link #get()} by the time the task that made it ends) is said, as a failed task is: the
 * learner's callback is never called, and a {@code get()} may never come.
 *
 * <p>Thread-safe. The callback runs on the worker that finished the last job, in its pool's turn
 * (one callback at a time, as in Python), before {@link #get()} returns to anyone; everything the
 * jobs did happens-before {@link #get()} returns.
 */
public final class AsyncResult extends Submission {
  private final boolean single;
  private final Object[] values;
  private final Consumer<Object> callback;
  private final Consumer<? super Throwable> errorCallback;
  private final CountDownLatch ready = new CountDownLatch(1);
  private final AtomicBoolean settling = new AtomicBoolean();
  private volatile RuntimeException error;

  /**
   * The result of {@code jobs}; {@code awaited} when its caller waits for it at once ({@code map},
   * {@code apply}), so that a failure goes to the caller alone.
   */
  AsyncResult(
      Dispatcher dispatcher,
      Jobs jobs,
      boolean single,
      Consumer<Object> callback,
      Consumer<? super Throwable> errorCallback,
      boolean awaited) {
    super(dispatcher, jobs);
    this.single = single;
    this.values = new Object[jobs.size()];
    this.callback = callback;
    this.errorCallback = errorCallback;
    if (awaited) {
      heard();
    }
  }

  /** Waits for the result and returns it: the list of values, or the one value of an apply. */
  public Object get() throws InterruptedException {
    return get(-1);
  }

  /**
   * Waits at most {@code seconds} (negative: as long as it takes) for the result and returns it.
   *
   * @throws TimeoutError when the result is not ready in time; when a job failed, its own error
   */
  public Object get(double seconds) throws InterruptedException {
    heard();
    if (!await(seconds)) {
      throw new TimeoutError(
          "pool.timeout", "%s: no result within %s s", toString(), Seconds.text(seconds));
    }
    callerLearns();
    if (error != null) {
      throw Rethrow.unchecked(JobFailedError.raised(error));
    }
    return single ? values[0] : new ArrayList<>(Arrays.asList(values));
  }

  /** Waits until the result is ready (Python's {@code wait()}). */
  public void await() throws InterruptedException {
    await(-1);
  }

  /**
   * Waits at most {@code seconds} (negative: as long as it takes) until the result is ready.
   * Returns whether it is.
   */
  public boolean await(double seconds) throws InterruptedException {
    if (!ready() && (callback != null || errorCallback != null) && dispatcher().inCallback()) {
      // Python's pool hangs here for good; a task joining itself is a RuntimeError too
      throw new RuntimeError(
          "pool.callback.waits",
          "%s: a callback waits for a result of its own pool that has a callback too; the pool's"
              + " callbacks run one at a time, so that one could never run: use the value in its"
              + " own callback instead",
          toString());
    }
    return Waits.await(this, ready, seconds);
  }

  /** Whether every job has ended, or one failed. */
  public boolean ready() {
    return ready.getCount() == 0;
  }

  /**
   * Whether the jobs all ended without an error.
   *
   * @throws MisuseError when the result is not ready yet
   */
  public boolean successful() {
    if (!ready()) {
      throw new ValueError(
          "pool.notready",
          "%s: not ready yet, so neither successful nor failed; wait() for it first",
          toString());
    }
    return error == null;
  }

  @Override
  void stored(int index, Object value) {
    values[index] = value;
  }

  @Override
  void failedAt(int index, RuntimeException failure) {
    if (errorCallback == null) {
      sayUnlessHeard(failure); // get() may never come
    }
    settle(failure);
  }

  @Override
  void allDone() {
    settle(null);
  }

  @Override
  void abandoned(CancelledError why) {
    settle(why);
  }

  @Override
  boolean finished() {
    return settling.get();
  }

  /** Settles once: with {@code failure}, or with the values when it is null. */
  private void settle(RuntimeException failure) {
    if (!settling.compareAndSet(false, true)) {
      return;
    }
    error = failure;
    try {
      if (failure == null && callback != null) {
        dispatcher()
            .callBack(
                this,
                () -> callback.accept(single ? values[0] : new ArrayList<>(Arrays.asList(values))));
      } else if (failure != null && errorCallback != null) {
        dispatcher().callBack(this, () -> errorCallback.accept(JobFailedError.raised(failure)));
      }
    } finally {
      ready.countDown();
      settled();
    }
  }
}
