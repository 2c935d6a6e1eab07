package dev.conch.dsl;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The arguments of {@code queue}, {@code lifoQueue}, {@code priorityQueue} and {@code
 * joinableQueue}: a maxsize (a whole number; 0 or less for no limit) and a name, each optional,
 * given as {@code queue(5, 'jobs')} or as named options {@code queue(maxsize: 5, name: 'jobs')}.
 * Immutable.
 *
 * @param maxsize the most items the queue holds, 0 for no limit
 * @param name the queue's name, or null for a generated one
 * @param redis the URL of the Redis server the queue lives in, or null for this shell
 */
record QueueArgs(int maxsize, String name, Object redis) {

  /**
   * Reads the arguments given to {@code builtin}.
   *
   * @throws UsageError for an unknown option, a maxsize that is not a whole number, or arguments
   *     that are neither a maxsize nor a name (or one of them twice)
   */
  static QueueArgs parse(String builtin, Object[] given) {
    Builtin entry = Builtins.find(builtin).orElseThrow();
    Object[] args = given == null ? new Object[] {null} : given;
    Object size = null;
    Object name = null;
    Object redis = null;
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (i == 0 && arg instanceof Map<?, ?> options) {
        Builtins.checkOptions(builtin, options);
        size = options.get("maxsize");
        name = options.get("name");
        redis = options.get("redis");
      } else if (arg instanceof Number && size == null) {
        size = arg;
      } else if (arg instanceof CharSequence && name == null) {
        name = arg;
      } else {
        throw new UsageError(entry, "usage.queue.args", builtin, shown(args));
      }
    }
    return new QueueArgs(maxsize(entry, size), name == null ? null : name.toString(), redis);
  }

  private static int maxsize(Builtin entry, Object size) {
    if (size == null) {
      return 0;
    }
    if (size instanceof Integer
        || size instanceof Long
        || size instanceof Short
        || size instanceof Byte) {
      long value = ((Number) size).longValue();
      if (value <= Integer.MAX_VALUE) {
        return (int) Math.max(value, 0);
      }
    }
    if (size instanceof BigInteger big && big.signum() <= 0) {
      return 0;
    }
    throw new UsageError(entry, "usage.queue.maxsize", ScriptHost.inspect(size));
  }

  private static String shown(Object[] args) {
    return Arrays.stream(args).map(ScriptHost::inspect).collect(Collectors.joining(", "));
  }
}
