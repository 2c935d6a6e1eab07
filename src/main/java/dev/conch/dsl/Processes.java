package dev.conch.dsl;

import dev.conch.process.Children;
import dev.conch.process.ProcessBody;
import dev.conch.runtime.Runtime;
import groovy.lang.Closure;
import java.util.function.UnaryOperator;

/**
 * Where the built-ins get process bodies: a closure packed for a child JVM of the session, whose
 * returned value comes back read with the session's classes. Stateless; thread-safe.
 */
final class Processes {
  private Processes() {}

  /** The body of a process task that runs {@code closure} with {@code args} in a child. */
  static ProcessBody body(
      Runtime runtime, String builtin, String name, Closure<?> closure, Object[] args) {
    var shipment =
        ProcessShipping.pack(
            builtin, name == null ? "process" : name, closure, args, outgoing(runtime));
    return Children.of(runtime).body(shipment).readingWith(closure.getClass().getClassLoader());
  }

  /** The body of a learner's {@link Process} subclass: the object itself goes to the child. */
  static ProcessBody body(Runtime runtime, Process process) {
    var shipment = ProcessShipping.pack("start", process, outgoing(runtime));
    return Children.of(runtime).body(shipment).readingWith(process.getClass().getClassLoader());
  }

  /** What a runtime object becomes on its way to a child. */
  static UnaryOperator<Object> outgoing(Runtime runtime) {
    return UnaryOperator.identity();
  }
}
