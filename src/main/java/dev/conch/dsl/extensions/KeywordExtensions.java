package dev.conch.dsl.extensions;

import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.pool.AsyncResult;
import dev.conch.runtime.pool.JobFuture;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.queue.Queueing;
import dev.conch.runtime.shared.PipeEnd;
import dev.conch.runtime.sync.Acquirable;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.task.Task;
import groovy.lang.Closure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;

/**
 * The waiting calls as Python spells them: with keyword arguments ({@code q.get(timeout: 1)},
 * {@code q.put(x, block: false)}, {@code lock.acquire(blocking: false)}, {@code t.join(timeout:
 * 2)}, {@code e.wait(timeout: 1)}, {@code f.result(timeout: 1)}, {@code p.map(fn, xs, chunksize:
 * 10)}), and with {@code null} where Python takes {@code None} for a timeout: wait as long as it
 * takes; a lone {@code null} ({@code e.wait(null)}, which Groovy hands to the keyword form) is
 * Python's None too. A keyword the call does not take, or a value of the wrong kind, is a {@link
 * TypeError} of one line, as Python's. Groovy extension methods; stateless.
 */
public final class KeywordExtensions {
  private static final double FOREVER = -1;

  private KeywordExtensions() {}

  /** {@code q.get(block: true, timeout: 1)}. */
  public static Object get(Queueing self, Map<String, ?> keywords) throws InterruptedException {
    check("get", keywords, "block", "timeout");
    return self.get(flag("get", keywords, "block"), timeout("get", keywords));
  }

  /** {@code q.get(true, null)}: None waits as long as it takes. */
  public static Object get(Queueing self, boolean block, Object timeout)
      throws InterruptedException {
    return self.get(block, seconds("get", "timeout", timeout));
  }

  /** {@code q.put(item, block: true, timeout: 1)}. */
  public static void put(Queueing self, Map<String, ?> keywords, Object item)
      throws InterruptedException {
    check("put", keywords, "block", "timeout");
    self.put(item, flag("put", keywords, "block"), timeout("put", keywords));
  }

  /** {@code q.put(item, true, null)}: None waits as long as it takes. */
  public static void put(Queueing self, Object item, boolean block, Object timeout)
      throws InterruptedException {
    self.put(item, block, seconds("put", "timeout", timeout));
  }

  /** {@code lock.acquire(blocking: false)}, {@code lock.acquire(timeout: 0.5)}. */
  public static boolean acquire(Acquirable self, Map<String, ?> keywords)
      throws InterruptedException {
    check("acquire", keywords, "blocking", "timeout");
    return self.acquire(flag("acquire", keywords, "blocking"), timeout("acquire", keywords));
  }

  /** {@code lock.acquire(true, null)}: None waits as long as it takes. */
  public static boolean acquire(Acquirable self, boolean blocking, Object timeout)
      throws InterruptedException {
    return self.acquire(blocking, seconds("acquire", "timeout", timeout));
  }

  /** {@code t.join(timeout: 2)}. */
  public static boolean join(Task self, Map<String, ?> keywords) throws InterruptedException {
    check("join", keywords, "timeout");
    double timeout = timeout("join", keywords);
    if (timeout < 0) {
      self.join();
      return true;
    }
    return self.join(timeout);
  }

  /** {@code e.wait(timeout: 1)}. */
  public static boolean wait(Event self, Map<String, ?> keywords) throws InterruptedException {
    check("wait", keywords, "timeout");
    return self.await(timeout("wait", keywords));
  }

  /** {@code c.wait(timeout: 1)}, with the condition's lock held. */
  public static boolean wait(Condition self, Map<String, ?> keywords) throws InterruptedException {
    check("wait", keywords, "timeout");
    return self.await(timeout("wait", keywords));
  }

  /** {@code c.wait_for(predicate, timeout: 1)}, with the condition's lock held. */
  public static boolean waitFor(Condition self, Map<String, ?> keywords, Closure<?> predicate)
      throws InterruptedException {
    check("wait_for", keywords, "timeout");
    return self.waitFor(
        () -> DefaultTypeTransformation.castToBoolean(predicate.call()),
        timeout("wait_for", keywords));
  }

  /** {@code c.wait_for(predicate, null)}: None waits as long as it takes. */
  public static boolean waitFor(Condition self, Closure<?> predicate, Object timeout)
      throws InterruptedException {
    return self.waitFor(
        () -> DefaultTypeTransformation.castToBoolean(predicate.call()),
        seconds("wait_for", "timeout", timeout));
  }

  /** {@code b.wait(timeout: 1)}. */
  public static int wait(Barrier self, Map<String, ?> keywords) throws InterruptedException {
    check("wait", keywords, "timeout");
    return self.await(timeout("wait", keywords));
  }

  /** {@code r.wait(timeout: 1)} on an async result. */
  public static boolean wait(AsyncResult self, Map<String, ?> keywords)
      throws InterruptedException {
    check("wait", keywords, "timeout");
    return self.await(timeout("wait", keywords));
  }

  /** {@code r.get(timeout: 1)} on an async result. */
  public static Object get(AsyncResult self, Map<String, ?> keywords) throws InterruptedException {
    check("get", keywords, "timeout");
    return self.get(timeout("get", keywords));
  }

  /** {@code f.result(timeout: 1)}. */
  public static Object result(JobFuture self, Map<String, ?> keywords) throws InterruptedException {
    check("result", keywords, "timeout");
    return self.result(timeout("result", keywords));
  }

  /** {@code f.exception(timeout: 1)}. */
  public static Throwable exception(JobFuture self, Map<String, ?> keywords)
      throws InterruptedException {
    check("exception", keywords, "timeout");
    return self.exception(timeout("exception", keywords));
  }

  /** {@code conn.poll(timeout: 1)}; {@code timeout: null} waits as long as it takes. */
  public static boolean poll(PipeEnd self, Map<String, ?> keywords) throws InterruptedException {
    check("poll", keywords, "timeout");
    return poll(self, keywords == null ? null : keywords.get("timeout"));
  }

  /** {@code conn.poll(null)}: None waits until there is something to receive. */
  public static boolean poll(PipeEnd self, Object timeout) throws InterruptedException {
    double seconds = seconds("poll", "timeout", timeout);
    return self.poll(timeout == null ? Double.POSITIVE_INFINITY : seconds);
  }

  /** {@code p.map(fn, xs, chunksize: 10)}. */
  public static List<Object> map(Pool self, Map<String, ?> keywords, Closure<?> fn, Object items)
      throws Exception {
    check("map", keywords, "chunksize");
    Object chunksize = keywords == null ? null : keywords.get("chunksize");
    if (chunksize == null) {
      return PoolExtensions.map(self, fn, items);
    }
    if (!(chunksize instanceof Integer n)) {
      throw wrongKind("map", "chunksize", "a whole number", chunksize);
    }
    return PoolExtensions.map(self, fn, items, n);
  }

  /** {@code p.map(xs, chunksize: 10) { … }}: the block last. */
  public static List<Object> map(Pool self, Map<String, ?> keywords, Object items, Closure<?> fn)
      throws Exception {
    return map(self, keywords, fn, items);
  }

  /**
   * Refuses a keyword {@code call} does not take, naming the ones it does. A null map is a call
   * such as {@code e.wait(null)} that Groovy sent here: Python's None, so no keyword at all.
   */
  static void check(String call, Map<String, ?> keywords, String... known) {
    if (keywords == null) {
      return;
    }
    Set<String> names = Set.of(known);
    for (String key : keywords.keySet()) {
      if (!names.contains(key)) {
        throw new TypeError(
            "call.keyword",
            "%s() got an unexpected keyword argument '%s', expected %s",
            call,
            key,
            String.join(", ", known));
      }
    }
  }

  /** The keyword {@code name} as a flag: true when not given. */
  private static boolean flag(String call, Map<String, ?> keywords, String name) {
    Object value =
        keywords != null && keywords.containsKey(name) ? keywords.get(name) : Boolean.TRUE;
    if (!(value instanceof Boolean b)) {
      throw wrongKind(call, name, "true or false", value);
    }
    return b;
  }

  /** The {@code timeout} keyword in seconds; forever when absent or null, as Python's None. */
  static double timeout(String call, Map<String, ?> keywords) {
    return seconds(call, "timeout", keywords == null ? null : keywords.get("timeout"));
  }

  private static double seconds(String call, String name, Object value) {
    if (value == null) {
      return FOREVER;
    }
    if (!(value instanceof Number n)) {
      throw wrongKind(call, name, "a number of seconds or null", value);
    }
    return n.doubleValue();
  }

  private static TypeError wrongKind(String call, String name, String expected, Object value) {
    return new TypeError(
        "call.keyword.kind", "%s(): %s must be %s, not %s", call, name, expected, value);
  }
}
