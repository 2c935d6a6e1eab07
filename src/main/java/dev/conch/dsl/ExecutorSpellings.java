package dev.conch.dsl;

import dev.conch.runtime.AsCompleted;
import dev.conch.runtime.Executor;
import dev.conch.runtime.JobFuture;
import dev.conch.runtime.Results;
import dev.conch.runtime.TypeError;
import groovy.lang.Closure;
import java.util.Map;

/**
 * The Groovy face of {@link Executor} and {@link JobFuture}, added as extension methods, in
 * Python's spelling and in camelCase: {@code ex.submit(f, 1, 2)}, {@code ex.map(1..10) { it * 2 }},
 * {@code ex.shutdown(wait: false)}, {@code f.add_done_callback { … }}. Stateless.
 */
public final class ExecutorSpellings {
  private ExecutorSpellings() {}

  /** Hands {@code fn(args…)} to a worker; the future comes back at once. */
  public static JobFuture submit(Executor self, Closure<?> fn, Object... args) {
    return self.submit(new ClosureJob(fn), args);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results map(Executor self, Closure<?> fn, Object items) {
    return self.map(new ClosureJob(fn), Inputs.items(items));
  }

  /** See {@link PoolSpellings} on why this overload is needed. */
  public static Results map(Executor self, Closure<?> fn, Iterable<?> items) {
    return map(self, fn, (Object) items);
  }

  /** {@code fn} of each item, handed out as they come, in the items' order. */
  public static Results map(Executor self, Object items, Closure<?> fn) {
    return map(self, fn, items);
  }

  /** Python's {@code shutdown(wait=True, cancel_futures=False)} with named options. */
  public static void shutdown(Executor self, Map<String, ?> options) throws InterruptedException {
    for (Object key : options.keySet()) {
      if (!"wait".equals(key) && !"cancel_futures".equals(key) && !"cancelFutures".equals(key)) {
        throw new TypeError(
            "pool.option",
            "%s: unknown option '%s', expected %s",
            "shutdown",
            key,
            "wait, cancel_futures");
      }
    }
    Object cancel =
        options.containsKey("cancel_futures")
            ? options.get("cancel_futures")
            : options.get("cancelFutures");
    self.shutdown(!Boolean.FALSE.equals(options.get("wait")), Boolean.TRUE.equals(cancel));
  }

  /** The futures in the order their jobs end. */
  public static AsCompleted as_completed(Executor self, Iterable<?> futures) {
    return self.asCompleted(futures);
  }

  /** The futures in the order their jobs end. */
  public static AsCompleted as_completed(Executor self, Iterable<?> futures, double seconds) {
    return self.asCompleted(futures, seconds);
  }

  /** Calls {@code callback} with the future once its job has ended. */
  public static void add_done_callback(JobFuture self, Closure<?> callback) {
    self.addDoneCallback(ClosureJob.consumer(callback));
  }
}
