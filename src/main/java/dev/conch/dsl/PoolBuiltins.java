package dev.conch.dsl;

import dev.conch.runtime.pool.AsCompleted;
import dev.conch.runtime.pool.Executor;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.scale.ScaleResult;
import groovy.lang.Closure;
import java.util.Map;

/**
 * The built-ins of pools of workers and of measuring them: {@code pool}, {@code executor}, {@code
 * as_completed}, {@code time} and {@code scale}. Static methods, star-imported into every script
 * (see {@link Builtins#OWNERS}). Stateless and thread-safe.
 */
public final class PoolBuiltins {
  private PoolBuiltins() {}

  /** A pool of as many thread workers as there are cores. */
  public static Pool pool() {
    return PoolArgs.parse("pool", Map.of(), null, "processes", PoolArgs.cores()).pool();
  }

  /** A pool of {@code n} thread workers. */
  public static Pool pool(int n) {
    return PoolArgs.parse("pool", Map.of(), n, "processes", PoolArgs.cores()).pool();
  }

  /** A pool configured by the named options {@code name}, {@code kind}, {@code processes}. */
  public static Pool pool(Map<String, ?> options) {
    return PoolArgs.parse("pool", options, null, "processes", PoolArgs.cores()).pool();
  }

  /** A pool of {@code n} workers configured by the named options. */
  public static Pool pool(Map<String, ?> options, int n) {
    return PoolArgs.parse("pool", options, n, "processes", PoolArgs.cores()).pool();
  }

  /** Runs {@code block} with a new pool, then closes the pool and waits for its workers. */
  public static Object pool(Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(), block);
  }

  /** Runs {@code block} with a new pool of {@code n} workers, then closes and joins it. */
  public static Object pool(int n, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(n), block);
  }

  /** Runs {@code block} with a new pool configured by the options, then closes and joins it. */
  public static Object pool(Map<String, ?> options, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(options), block);
  }

  /** Runs {@code block} with a new pool of {@code n} workers, then closes and joins it. */
  public static Object pool(Map<String, ?> options, int n, Closure<?> block) throws Exception {
    return PoolArgs.withPool(pool(options, n), block);
  }

  /** An executor of as many thread workers as Python's default: cores + 4, at most 32. */
  public static Executor executor() {
    return executor(Map.of());
  }

  /** An executor of {@code n} thread workers. */
  public static Executor executor(int n) {
    return executor(Map.of(), n);
  }

  /**
   * An executor configured by the named options {@code name}, {@code kind}, {@code max_workers}.
   */
  public static Executor executor(Map<String, ?> options) {
    return PoolArgs.parse("executor", options, null, "max_workers", PoolArgs.executorDefault())
        .executor();
  }

  /** An executor of {@code n} workers configured by the named options. */
  public static Executor executor(Map<String, ?> options, int n) {
    return PoolArgs.parse("executor", options, n, "max_workers", PoolArgs.executorDefault())
        .executor();
  }

  /** Runs {@code block} with a new executor, then shuts it down, waiting for its jobs. */
  public static Object executor(Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(), block);
  }

  /** Runs {@code block} with a new executor of {@code n} workers, then shuts it down. */
  public static Object executor(int n, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(n), block);
  }

  /** Runs {@code block} with a new executor configured by the options, then shuts it down. */
  public static Object executor(Map<String, ?> options, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(options), block);
  }

  /** Runs {@code block} with a new executor of {@code n} workers, then shuts it down. */
  public static Object executor(Map<String, ?> options, int n, Closure<?> block) throws Exception {
    return PoolArgs.withExecutor(executor(options, n), block);
  }

  /** The futures in the order their jobs end, those already ended first. */
  public static AsCompleted as_completed(Iterable<?> futures) {
    return new AsCompleted(futures, -1);
  }

  /** The futures in the order their jobs end, all within {@code seconds}. */
  public static AsCompleted as_completed(Iterable<?> futures, double seconds) {
    return new AsCompleted(futures, seconds);
  }

  /** {@code as_completed} in camelCase. */
  public static AsCompleted asCompleted(Iterable<?> futures) {
    return as_completed(futures);
  }

  /** {@code as_completed} in camelCase, all within {@code seconds}. */
  public static AsCompleted asCompleted(Iterable<?> futures, double seconds) {
    return as_completed(futures, seconds);
  }

  /** Runs {@code block}, prints how long it took ({@code took 1.234 s}) and returns its value. */
  public static Object time(Closure<?> block) throws Exception {
    return Timing.of(CurrentRuntime.runtime()).time(null, block);
  }

  /** As {@link #time(Closure)}, the printed line starting with {@code label:}. */
  public static Object time(CharSequence label, Closure<?> block) throws Exception {
    return Timing.of(CurrentRuntime.runtime()).time(String.valueOf(label), block);
  }

  /**
   * Calls {@code block} with 1, 2, 4, … workers up to the cores (at least 2), times each call,
   * prints the speed-up chart and returns the measurements.
   */
  public static ScaleResult scale(Closure<?> block) throws Exception {
    return scale(Map.of(), block);
  }

  /**
   * As {@link #scale(Closure)}, with the named options {@code upTo}, {@code workers}, {@code
   * repeat} (timed calls per size; the fastest counts) and {@code warmup} (untimed calls first).
   */
  public static ScaleResult scale(Map<String, ?> options, Closure<?> block) throws Exception {
    ScaleArgs parsed = Timing.options(options);
    return Timing.of(CurrentRuntime.runtime()).scale(parsed, block);
  }
}
