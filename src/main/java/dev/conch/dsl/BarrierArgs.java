package dev.conch.dsl;

import dev.conch.runtime.sync.Barrier;
import groovy.lang.Closure;
import java.util.Map;

/**
 * The named options of {@code barrier(n, name:, action:, timeout:)}, as Python's {@code
 * Barrier(parties, action=None, timeout=None)}, checked against the built-in table with one clear
 * error per mistake; a block given after the call is the action. Immutable.
 */
record BarrierArgs(String name, Closure<?> action, double timeout) {
  /** The options of one call; {@code block} is the trailing block, or null. */
  static BarrierArgs parse(Map<String, ?> options, Closure<?> block) {
    Builtins.checkOptions("barrier", options);
    Builtin entry = Builtins.find("barrier").orElseThrow();
    Object name = options.get("name");
    Object action = block != null ? block : options.get("action");
    Object timeout = options.get("timeout");
    if (action != null && !(action instanceof Closure<?>)) {
      throw new UsageError(entry, "usage.closure", "action", action);
    }
    if (timeout != null && !(timeout instanceof Number)) {
      throw new UsageError(entry, "usage.seconds", "timeout", timeout);
    }
    return new BarrierArgs(
        name == null ? null : name.toString(),
        (Closure<?>) action,
        timeout == null ? -1 : ((Number) timeout).doubleValue());
  }

  /** A new barrier for {@code parties} tasks with these options. */
  Barrier barrier(int parties) {
    return CurrentRuntime.runtime()
        .locks()
        .barrier(name, parties, action == null ? null : action::call, timeout);
  }
}
