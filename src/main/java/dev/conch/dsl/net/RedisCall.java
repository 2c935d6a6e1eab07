package dev.conch.dsl.net;

import dev.conch.dsl.CurrentRuntime;
import dev.conch.net.redis.RedisLock;
import dev.conch.net.redis.RedisQueue;
import dev.conch.runtime.errors.ValueError;

/**
 * The {@code redis:} option of the four queues and {@code lock}: the queue or lock of that name on
 * that server, through the session's connections. A queue or lock there must be named, since the
 * name is what two shells share. Stateless.
 */
public final class RedisCall {
  private RedisCall() {}

  /** The queue {@code name} on the server at {@code url}. */
  public static RedisQueue queue(String builtin, Object url, String name, int maxsize) {
    return redis().queue(url(builtin, url), named(builtin, name), maxsize, orderOf(builtin));
  }

  private static RedisQueue.Order orderOf(String builtin) {
    return switch (builtin) {
      case "lifoQueue" -> RedisQueue.Order.LIFO;
      case "priorityQueue" -> RedisQueue.Order.PRIORITY;
      default -> RedisQueue.Order.FIFO;
    };
  }

  /** The lock {@code name} on the server at {@code url}. */
  public static RedisLock lock(Object url, String name) {
    return redis().lock(url("lock", url), named("lock", name));
  }

  private static dev.conch.net.redis.Redis redis() {
    return NetServices.of(CurrentRuntime.runtime()).redis();
  }

  private static String url(String builtin, Object url) {
    if (!(url instanceof CharSequence text)) {
      throw new ValueError(
          "redis.url",
          "%s: redis: must be a URL such as 'redis://127.0.0.1:6379/0', not %s",
          builtin,
          url);
    }
    try {
      dev.conch.net.redis.RedisAddress.parse(text.toString());
    } catch (IllegalArgumentException e) {
      throw new ValueError("redis.url.bad", "%s: %s", builtin, e.getMessage());
    }
    return text.toString();
  }

  private static String named(String builtin, String name) {
    if (name == null || name.isBlank()) {
      throw new ValueError(
          "redis.unnamed",
          "%s: a queue or lock in Redis needs a name, the one other shells use too:"
              + " %s('jobs', redis: URL)",
          builtin,
          builtin);
    }
    return name;
  }
}
