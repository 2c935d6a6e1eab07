package dev.conch.runtime.pool;

import dev.conch.runtime.Rethrow;
import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.StopIteration;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.wait.Waits;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Futures handed out in the order their jobs end, those already ended first (Python's {@code
 * as_completed}); each future once, however often it was given. With a timeout, every future must
 * have ended that many seconds after this was made. It can be iterated once.
 *
 * <p>Thread-safe: futures arrive from the workers through a blocking queue; iterate from one task.
 */
public final class AsCompleted implements Iterator<JobFuture>, Iterable<JobFuture> {
  private final LinkedBlockingQueue<JobFuture> ended = new LinkedBlockingQueue<>();
  private final int total;
  private final double seconds;
  private final long deadline;
  private volatile int taken;

  /**
   * The futures of {@code futures} as they end; {@code seconds} bounds the whole wait (negative:
   * none).
   *
   * @throws MisuseError when an element is not a future
   */
  public AsCompleted(Iterable<?> futures, double seconds) {
    Set<JobFuture> distinct = new LinkedHashSet<>();
    for (Object item : futures) {
      if (!(item instanceof JobFuture future)) {
        throw new TypeError(
            "pool.notfuture",
            "as_completed: %s is not a future; give the futures that submit() returned",
            String.valueOf(item));
      }
      distinct.add(future);
    }
    this.total = distinct.size();
    this.seconds = seconds;
    this.deadline = System.nanoTime() + Seconds.nanos(seconds);
    distinct.forEach(f -> f.addDoneCallback(ended::add));
  }

  @Override
  public Iterator<JobFuture> iterator() {
    return this;
  }

  @Override
  public boolean hasNext() {
    return taken < total;
  }

  /**
   * The next future to end, waiting for it.
   *
   * @throws TimeoutError when the time given runs out first
   * @throws StopIteration when every future has been handed out, as Python's {@code next()}
   */
  @Override
  public JobFuture next() {
    if (taken >= total) {
      throw new StopIteration("as.completed.ended", "as_completed: no more futures");
    }
    JobFuture next;
    try {
      next = ended.poll();
      if (next == null) {
        next = Waits.on(this, this::take);
      }
    } catch (InterruptedException e) {
      throw Rethrow.unchecked(e);
    }
    if (next == null) {
      throw new TimeoutError(
          "pool.ascompleted.timeout",
          "as_completed: %d of %d futures not done within %s s",
          total - taken,
          total,
          Seconds.text(seconds));
    }
    taken++;
    return next;
  }

  private JobFuture take() throws InterruptedException {
    if (seconds < 0) {
      return ended.take();
    }
    return ended.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  /** {@code futures (2 of 5 done)}. */
  @Override
  public String toString() {
    return "futures (" + (taken + ended.size()) + " of " + total + " done)";
  }
}
