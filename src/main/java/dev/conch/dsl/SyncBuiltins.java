package dev.conch.dsl;

import dev.conch.dsl.net.RedisCall;
import dev.conch.runtime.sync.Acquirable;
import dev.conch.runtime.sync.Barrier;
import dev.conch.runtime.sync.BoundedSemaphore;
import dev.conch.runtime.sync.Condition;
import dev.conch.runtime.sync.Event;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.sync.RLock;
import dev.conch.runtime.sync.Semaphore;
import groovy.lang.Closure;
import java.util.Map;

/**
 * The built-ins that make synchronisation objects: {@code lock}, {@code rlock}, {@code semaphore},
 * {@code boundedSemaphore}, {@code event}, {@code condition} and {@code barrier}, each journaled by
 * the runtime under its name. Static methods, star-imported into every script (see {@link
 * Builtins#OWNERS}). Stateless and thread-safe.
 */
public final class SyncBuiltins {
  private SyncBuiltins() {}

  /** A new lock with a generated name. */
  public static Lock lock() {
    return CurrentRuntime.runtime().locks().lock(null);
  }

  /** A new lock named {@code name}, as {@code /tasks} and deadlock reports will call it. */
  public static Lock lock(String name) {
    return CurrentRuntime.runtime().locks().lock(name);
  }

  /**
   * A lock configured by named options: {@code lock('printer', redis: 'redis://127.0.0.1/0')} is
   * the lock of that name in a Redis server, shared with every shell that names it; {@code name:}
   * names it.
   */
  public static Acquirable lock(Map<String, ?> options, String name) {
    Builtins.checkOptions("lock", options);
    Object given = options.get("name");
    String named = name != null ? name : given == null ? null : given.toString();
    Object redis = options.get("redis");
    if (redis != null) {
      return RedisCall.lock(redis, named);
    }
    return CurrentRuntime.runtime().locks().lock(named);
  }

  /** {@link #lock(Map, String)} with the name among the options. */
  public static Acquirable lock(Map<String, ?> options) {
    return lock(options, null);
  }

  /** A new re-entrant lock with a generated name. */
  public static RLock rlock() {
    return CurrentRuntime.runtime().locks().rlock(null);
  }

  /** A new re-entrant lock named {@code name}. */
  public static RLock rlock(String name) {
    return CurrentRuntime.runtime().locks().rlock(name);
  }

  /** A new semaphore of one free permit, as Python's {@code Semaphore()}. */
  public static Semaphore semaphore() {
    return semaphore(1);
  }

  /** A new semaphore of {@code permits} free permits with a generated name. */
  public static Semaphore semaphore(int permits) {
    return CurrentRuntime.runtime().locks().semaphore(null, permits);
  }

  /** A new semaphore of {@code permits} free permits named {@code name}. */
  public static Semaphore semaphore(int permits, String name) {
    return CurrentRuntime.runtime().locks().semaphore(name, permits);
  }

  /** A new bounded semaphore of one free permit, as Python's {@code BoundedSemaphore()}. */
  public static BoundedSemaphore boundedSemaphore() {
    return boundedSemaphore(1);
  }

  /** A new bounded semaphore of {@code permits} free permits with a generated name. */
  public static BoundedSemaphore boundedSemaphore(int permits) {
    return CurrentRuntime.runtime().locks().boundedSemaphore(null, permits);
  }

  /** A new bounded semaphore of {@code permits} free permits named {@code name}. */
  public static BoundedSemaphore boundedSemaphore(int permits, String name) {
    return CurrentRuntime.runtime().locks().boundedSemaphore(name, permits);
  }

  /** A new event, not set, with a generated name. */
  public static Event event() {
    return CurrentRuntime.runtime().locks().event(null);
  }

  /** A new event, not set, named {@code name}. */
  public static Event event(String name) {
    return CurrentRuntime.runtime().locks().event(name);
  }

  /** A new condition with a re-entrant lock of its own and a generated name. */
  public static Condition condition() {
    return CurrentRuntime.runtime().locks().condition(null, null);
  }

  /** A new condition named {@code name} with a re-entrant lock of its own. */
  public static Condition condition(String name) {
    return CurrentRuntime.runtime().locks().condition(name, null);
  }

  /** A new condition over {@code lock}, with a generated name. */
  public static Condition condition(Lock lock) {
    return CurrentRuntime.runtime().locks().condition(null, lock);
  }

  /** A new condition over {@code lock}, named {@code name}. */
  public static Condition condition(Lock lock, String name) {
    return CurrentRuntime.runtime().locks().condition(name, lock);
  }

  /** A new barrier for {@code parties} tasks with a generated name. */
  public static Barrier barrier(int parties) {
    return CurrentRuntime.runtime().locks().barrier(null, parties, null);
  }

  /** A new barrier for {@code parties} tasks named {@code name}. */
  public static Barrier barrier(int parties, String name) {
    return CurrentRuntime.runtime().locks().barrier(name, parties, null);
  }

  /** A new barrier for {@code parties} tasks that runs {@code action} once per round. */
  public static Barrier barrier(int parties, Closure<?> action) {
    return CurrentRuntime.runtime().locks().barrier(null, parties, action::call);
  }

  /**
   * A new barrier for {@code parties} tasks with the named options {@code name}, {@code action} and
   * {@code timeout} (seconds: what {@code wait()} waits at most), as Python's {@code
   * Barrier(parties, action=None, timeout=None)}.
   */
  public static Barrier barrier(Map<String, ?> options, int parties) {
    return BarrierArgs.parse(options, null).barrier(parties);
  }

  /** A new barrier with named options whose action is the block. */
  public static Barrier barrier(Map<String, ?> options, int parties, Closure<?> action) {
    return BarrierArgs.parse(options, action).barrier(parties);
  }

  /** A new barrier named {@code name} for {@code parties} tasks that runs {@code action}. */
  public static Barrier barrier(int parties, String name, Closure<?> action) {
    return CurrentRuntime.runtime().locks().barrier(name, parties, action::call);
  }
}
