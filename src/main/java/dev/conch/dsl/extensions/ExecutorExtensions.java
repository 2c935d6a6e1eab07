package dev.conch.dsl.extensions;

import dev.conch.dsl.ClosureJob;
import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.pool.Executor;
import dev.conch.runtime.pool.JobFuture;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.pool.Results;
import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Groovy face of {@link Executor} and {@link JobFuture}, added as extension methods, and a
 * pool's executor-shaped {@code submit} and {@code shutdown}: {@code ex.submit(f, 1, 2)}, {@code
 * ex.map(1..10) { it * 2 }}, {@code ex.shutdown(wait: false)}, {@code f.addDoneCallback { … }};
 * {@link SpellingTwins} gives each name its other spelling. Stateless.
 */
public final class ExecutorExtensions {
  private ExecutorExtensions() {}

  /** Hands {@code fn(args…)} to a worker; the future comes back at once. */
  public static JobFuture submit(Executor self, Closure<?> fn, Object... args) {
    return self.submit(new ClosureJob(fn), args);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results map(Executor self, Closure<?> fn, Object items) {
    return self.map(new ClosureJob(fn), Inputs.items(items));
  }

  /** See {@link PoolExtensions} on why this overload is needed. */
  public static Results map(Executor self, Closure<?> fn, Iterable<?> items) {
    return map(self, fn, (Object) items);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results map(Executor self, Object items, Closure<?> fn) {
    return map(self, fn, items);
  }

  /** Python's {@code map(fn, xs, ys, …)}: one item of each, together, while the shortest lasts. */
  public static Results map(Executor self, Closure<?> fn, Object first, Object... more) {
    List<Iterable<?>> all = new ArrayList<>();
    all.add(Inputs.items(first));
    for (Object items : more) {
      all.add(Inputs.items(items));
    }
    return self.map(new ClosureJob(fn), all);
  }

  /**
   * Python's {@code map(fn, xs, …, timeout=s)}: the values as they come, each no later than {@code
   * timeout} seconds after the call, or a TimeoutError; {@code chunksize} as a pool's.
   */
  public static Iterator<Object> map(
      Executor self, Map<String, ?> options, Closure<?> fn, Object first, Object... more) {
    KeywordExtensions.check("map", options, "timeout");
    double timeout = KeywordExtensions.timeout("map", options);
    Results results = map(self, fn, first, more);
    if (timeout < 0) {
      return results;
    }
    long deadline = System.nanoTime() + Seconds.nanos(timeout);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return results.hasNext();
      }

      @Override
      public Object next() {
        return results.next(Math.max(0, deadline - System.nanoTime()) / 1e9);
      }
    };
  }

  /** Python's {@code shutdown(wait=True, cancel_futures=False)} with named options. */
  public static void shutdown(Executor self, Map<String, ?> options) throws InterruptedException {
    self.shutdown(waits(options), cancels(options));
  }

  /** A pool's {@code submit}, as an executor's: the future comes back at once. */
  public static JobFuture submit(Pool self, Closure<?> fn, Object... args) {
    return self.submit(new ClosureJob(fn), args);
  }

  /** A pool's {@code shutdown(wait: true, cancel_futures: false)}, as an executor's. */
  public static void shutdown(Pool self, Map<String, ?> options) throws InterruptedException {
    self.shutdown(waits(options), cancels(options));
  }

  private static boolean waits(Map<String, ?> options) {
    for (Object key : options.keySet()) {
      if (!"wait".equals(key) && !Spellings.SHIPPED.sameName(key, "cancel_futures")) {
        throw new TypeError(
            "pool.option",
            "%s: unknown option '%s', expected %s",
            "shutdown",
            key,
            "wait, cancel_futures");
      }
    }
    return !Boolean.FALSE.equals(options.get("wait"));
  }

  private static boolean cancels(Map<String, ?> options) {
    return Boolean.TRUE.equals(Spellings.SHIPPED.option(options, "cancel_futures"));
  }

  /** Calls {@code callback} with the future once its job has ended. */
  public static void addDoneCallback(JobFuture self, Closure<?> callback) {
    self.addDoneCallback(ClosureJob.consumer(callback));
  }
}
