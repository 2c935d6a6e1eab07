package dev.conch.dsl.extensions;

import dev.conch.dsl.ClosureJob;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.pool.AsyncResult;
import dev.conch.runtime.pool.Pool;
import groovy.lang.Closure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Groovy face of a pool's {@code apply} and {@code apply_async} and of {@link AsyncResult}'s
 * {@code wait}, added as extension methods. Arguments come as a list ({@code p.apply(f, [1, 2])}),
 * as {@code args:}, or as one value that is not a list; the closure may come first or last. The
 * overloads taking a {@code List} keep Groovy from coercing a closure to the pool's Java {@code
 * Job} parameter instead (see {@link PoolExtensions}). Stateless.
 */
public final class ApplyExtensions {
  private ApplyExtensions() {}

  // --- apply: wait for the one value

  /** {@code fn(args…)} run by a worker; waits for its value. */
  public static Object apply(Pool self, Closure<?> fn) throws Exception {
    return run(self, Map.of(), fn, null);
  }

  /** {@code fn(args…)} run by a worker; waits for its value. */
  public static Object apply(Pool self, Closure<?> fn, Object args) throws Exception {
    return run(self, Map.of(), fn, args);
  }

  /** {@code fn(args…)} run by a worker; waits for its value. */
  public static Object apply(Pool self, Closure<?> fn, List<?> args) throws Exception {
    return run(self, Map.of(), fn, args);
  }

  /** {@code fn(args…)} run by a worker; waits for its value. */
  public static Object apply(Pool self, Object args, Closure<?> fn) throws Exception {
    return run(self, Map.of(), fn, args);
  }

  /** Python's {@code apply(func, args=(…))} as {@code apply(f, args: […])}. */
  public static Object apply(Pool self, Map<String, ?> options, Closure<?> fn) throws Exception {
    return run(self, options, fn, null);
  }

  /** Python's {@code apply(func=f, args=(…))} as {@code apply(func: f, args: […])}. */
  public static Object apply(Pool self, Map<String, ?> options) throws Exception {
    return run(self, withoutFunc(options), func("apply", options), null);
  }

  private static Object run(Pool self, Map<String, ?> options, Closure<?> fn, Object args)
      throws Exception {
    Inputs.Options o = Inputs.options("apply", options, "args");
    return self.apply(new ClosureJob(fn), Inputs.args(o.args(args)));
  }

  // --- apply_async: an AsyncResult at once

  /** Starts {@code fn(args…)}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult applyAsync(Pool self, Closure<?> fn) {
    return start(self, Map.of(), fn, null);
  }

  /** Starts {@code fn(args…)}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult applyAsync(Pool self, Closure<?> fn, Object args) {
    return start(self, Map.of(), fn, args);
  }

  /** Starts {@code fn(args…)}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult applyAsync(Pool self, Closure<?> fn, List<?> args) {
    return start(self, Map.of(), fn, args);
  }

  /** Starts {@code fn(args…)}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult applyAsync(Pool self, Object args, Closure<?> fn) {
    return start(self, Map.of(), fn, args);
  }

  /** With {@code args:}, {@code callback:} and {@code error_callback:}. */
  public static AsyncResult applyAsync(Pool self, Map<String, ?> options, Closure<?> fn) {
    return start(self, options, fn, null);
  }

  /** With {@code callback:} and {@code error_callback:}. */
  public static AsyncResult applyAsync(
      Pool self, Map<String, ?> options, Closure<?> fn, Object args) {
    return start(self, options, fn, args);
  }

  /** Starts {@code fn(args…)}; its {@link AsyncResult} comes back at once. */
  public static AsyncResult applyAsync(
      Pool self, Map<String, ?> options, Object args, Closure<?> fn) {
    return start(self, options, fn, args);
  }

  /**
   * Python's {@code apply_async(func=f, args=(…), callback=…)} as {@code apply_async(func: f, args:
   * […], callback: …)}.
   */
  public static AsyncResult applyAsync(Pool self, Map<String, ?> options) {
    return start(self, withoutFunc(options), func("apply_async", options), null);
  }

  /** The function given as {@code func:}, Python's keyword. */
  private static Closure<?> func(String method, Map<String, ?> options) {
    if (options.get("func") instanceof Closure<?> fn) {
      return fn;
    }
    throw new TypeError(
        "pool.func",
        "%1$s: which function should it run? %1$s(f, args: [1]), or func: f as in Python",
        method);
  }

  private static Map<String, ?> withoutFunc(Map<String, ?> options) {
    Map<String, Object> rest = new LinkedHashMap<>(options);
    rest.remove("func");
    return rest;
  }

  private static AsyncResult start(Pool self, Map<String, ?> options, Closure<?> fn, Object args) {
    Inputs.Options o = Inputs.options("apply_async", options, "args");
    return self.applyAsync(
        new ClosureJob(fn), Inputs.args(o.args(args)), o.callback(), o.errorCallback());
  }

  // --- AsyncResult.wait: Python's name, which Object.wait would otherwise take

  /** Waits until the result is ready. */
  public static void wait(AsyncResult self) throws InterruptedException {
    self.await();
  }

  /** Waits at most {@code seconds} until the result is ready; returns whether it is. */
  public static boolean wait(AsyncResult self, long seconds) throws InterruptedException {
    return self.await(seconds);
  }

  /** Waits at most {@code seconds} until the result is ready; returns whether it is. */
  public static boolean wait(AsyncResult self, double seconds) throws InterruptedException {
    return self.await(seconds);
  }
}
