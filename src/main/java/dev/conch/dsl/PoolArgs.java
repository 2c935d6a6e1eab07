package dev.conch.dsl;

import dev.conch.dsl.extensions.Spellings;
import dev.conch.runtime.pool.Executor;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.pool.Pools;
import groovy.lang.Closure;
import java.util.Map;

/**
 * The arguments of {@code pool} and {@code executor}: how many workers (positional, or Python's
 * {@code processes:} and {@code max_workers:}), {@code name:} and {@code kind:}, checked against
 * the built-in table with one clear error per mistake. Also runs the block form, which closes the
 * pool when the block ends. Immutable.
 */
record PoolArgs(String name, int size, String kind) {
  /**
   * Parses the options of built-in {@code builtin}; {@code n} is the positional count or null, and
   * {@code countOption} the named option that may give it instead.
   */
  static PoolArgs parse(
      String builtin, Map<String, ?> options, Integer n, String countOption, int dflt) {
    Builtin entry = Builtins.find(builtin).orElseThrow();
    Builtins.checkOptions(builtin, options);
    Object named = Spellings.SHIPPED.option(options, countOption);
    if (named != null && n != null) {
      throw new UsageError(entry, "usage.pool.count.twice", countOption);
    }
    if (named != null && !(named instanceof Integer)) {
      throw new UsageError(entry, "usage.pool.count", countOption, named);
    }
    int size = n != null ? n : named != null ? (Integer) named : dflt;
    Object name = options.get("name");
    Object kindWord = options.get("kind");
    String kind = kindWord == null ? "thread" : kindWord.toString();
    Pools pools = CurrentRuntime.runtime().pools();
    if (!("|" + pools.kinds() + "|").contains("|" + kind + "|")) {
      throw new UsageError(entry, "usage.kind.unknown", kind, pools.kinds());
    }
    return new PoolArgs(name == null ? null : name.toString(), size, kind);
  }

  Pool pool() {
    return CurrentRuntime.runtime().pools().pool(name, size, kind);
  }

  Executor executor() {
    return CurrentRuntime.runtime().pools().executor(name, size, kind);
  }

  /** Runs {@code block} with {@code pool}, then closes it and waits for its workers. */
  static Object withPool(Pool pool, Closure<?> block) throws Exception {
    Object value;
    try {
      value = ClosureJob.unwrapped(() -> block.call(pool));
    } catch (Exception | Error e) {
      pool.terminate();
      throw e;
    }
    pool.close();
    pool.join();
    return value;
  }

  /** Runs {@code block} with {@code executor}, then shuts it down, waiting for its jobs. */
  static Object withExecutor(Executor executor, Closure<?> block) throws Exception {
    Object value;
    try {
      value = ClosureJob.unwrapped(() -> block.call(executor));
    } catch (Exception | Error e) {
      executor.terminate();
      throw e;
    }
    executor.shutdown(true);
    return value;
  }

  /** The number of cores, the default size of a pool as in Python. */
  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Python's default size of a thread-pool executor: cores + 4, at most 32. */
  static int executorDefault() {
    return Math.min(32, cores() + 4);
  }
}
