package dev.conch.dsl;

import dev.conch.dsl.net.RedisCall;
import dev.conch.runtime.queue.Queueing;
import dev.conch.runtime.shared.Manager;
import dev.conch.runtime.shared.PipeEnd;
import groovy.lang.Closure;
import java.util.List;
import java.util.Map;

/**
 * The built-ins that pass data between tasks: the four queues, {@code pipe} and {@code manager}
 * (shared dicts, lists and values). Static methods, star-imported into every script (see {@link
 * Builtins#OWNERS}). Stateless and thread-safe.
 */
public final class QueueBuiltins {
  private QueueBuiltins() {}

  /**
   * A first-in first-out queue: {@code queue()}, {@code queue(5)}, {@code queue('jobs')}, {@code
   * queue(5, 'jobs')} or {@code queue(maxsize: 5, name: 'jobs')}; a maxsize of 0 or less (or none)
   * means no limit.
   */
  public static Queueing queue(Object... args) {
    QueueArgs given = QueueArgs.parse("queue", args);
    if (given.redis() != null) {
      return RedisCall.queue("queue", given.redis(), given.name(), given.maxsize());
    }
    return CurrentRuntime.runtime().queues().queue(given.maxsize(), given.name());
  }

  /** A last-in first-out queue (a stack), with the arguments of {@link #queue}. */
  public static Queueing lifoQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("lifoQueue", args);
    if (given.redis() != null) {
      return RedisCall.queue("lifoQueue", given.redis(), given.name(), given.maxsize());
    }
    return CurrentRuntime.runtime().queues().lifoQueue(given.maxsize(), given.name());
  }

  /**
   * A queue giving the smallest item first, such as {@code [priority, item]} lists, with the
   * arguments of {@link #queue}; equal priorities leave in the order they came.
   */
  public static Queueing priorityQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("priorityQueue", args);
    if (given.redis() != null) {
      return RedisCall.queue("priorityQueue", given.redis(), given.name(), given.maxsize());
    }
    return CurrentRuntime.runtime().queues().priorityQueue(given.maxsize(), given.name());
  }

  /**
   * Python multiprocessing's {@code JoinableQueue}: the same as {@link #queue}, since every queue
   * has {@code task_done()} and {@code join()}.
   */
  public static Queueing joinableQueue(Object... args) {
    QueueArgs given = QueueArgs.parse("joinableQueue", args);
    if (given.redis() != null) {
      return RedisCall.queue("joinableQueue", given.redis(), given.name(), given.maxsize());
    }
    return CurrentRuntime.runtime().queues().joinableQueue(given.maxsize(), given.name());
  }

  /** The two ends of a new pipe, both sending and receiving (Python's {@code Pipe()}). */
  public static List<PipeEnd> pipe() {
    return CurrentRuntime.runtime().shared().pipe(null, true);
  }

  /**
   * The two ends of a new pipe configured by the named options {@code duplex} (false: a receiving
   * end, then a sending end) and {@code name}.
   */
  public static List<PipeEnd> pipe(Map<String, ?> options) {
    Builtins.checkOptions("pipe", options);
    Object duplex = options.containsKey("duplex") ? options.get("duplex") : Boolean.TRUE;
    if (!(duplex instanceof Boolean)) {
      throw new UsageError(Builtins.find("pipe").orElseThrow(), "usage.flag", "duplex", duplex);
    }
    Object name = options.get("name");
    return CurrentRuntime.runtime()
        .shared()
        .pipe(name == null ? null : name.toString(), (Boolean) duplex);
  }

  /** A new manager of shared dicts, lists, values and queues (Python's {@code Manager()}). */
  public static Manager manager() {
    return CurrentRuntime.runtime().shared().manager(null);
  }

  /** A new manager named {@code name}. */
  public static Manager manager(String name) {
    return CurrentRuntime.runtime().shared().manager(name);
  }

  /**
   * Runs {@code block} with a new manager, then shuts the manager down; returns the block's value.
   */
  public static Object manager(Closure<?> block) {
    try (Manager m = manager()) {
      return block.call(m);
    }
  }
}
