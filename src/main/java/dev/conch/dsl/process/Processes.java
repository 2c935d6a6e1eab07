package dev.conch.dsl.process;

import dev.conch.dsl.ClosureJob;
import dev.conch.process.Children;
import dev.conch.process.JobPacker;
import dev.conch.process.ProcessBody;
import dev.conch.process.ProcessWorkers;
import dev.conch.process.Shipment;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.pool.Job;
import groovy.lang.Closure;
import java.util.function.UnaryOperator;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * Where the built-ins get process bodies: a closure packed for a child JVM of the session, whose
 * returned value comes back read with the session's classes. Stateless; thread-safe.
 */
public final class Processes {
  private Processes() {}

  /** The body of a process task that runs {@code closure} with {@code args} in a child. */
  public static ProcessBody body(
      ConchRuntime runtime, String builtin, String name, Closure<?> closure, Object[] args) {
    var shipment =
        ProcessShipping.pack(
            builtin, name == null ? "process" : name, closure, args, outgoing(runtime));
    return Children.of(runtime).body(shipment).readingWith(sessionClasses(closure));
  }

  /**
   * The session's loader, where a value or error coming back may find the learner's classes: the
   * closure's own, or for a method's ({@code this.&fetchPage}) its script's, as Groovy's method
   * closure class knows no session class.
   */
  private static ClassLoader sessionClasses(Closure<?> closure) {
    Object from = closure instanceof MethodClosure mc ? mc.getOwner() : closure;
    return (from == null ? closure : from).getClass().getClassLoader();
  }

  /** The body of a learner's {@link Process} subclass: the object itself goes to the child. */
  static ProcessBody body(ConchRuntime runtime, Process process) {
    var shipment = ProcessShipping.pack("start", process, outgoing(runtime));
    return Children.of(runtime).body(shipment).readingWith(process.getClass().getClassLoader());
  }

  /** Pool workers that are child processes of {@code runtime}'s session. */
  public static ProcessWorkers workers(ConchRuntime runtime) {
    return new ProcessWorkers(Children.of(runtime), new ClosurePacker(runtime));
  }

  /** Ships a pool's closure: the same packing as a process task's, its arguments per job. */
  private record ClosurePacker(ConchRuntime runtime) implements JobPacker {
    @Override
    public Shipment pack(Job job) {
      if (!(job instanceof ClosureJob closureJob)) {
        throw new TypeError(
            "process.job", "pool: %s cannot be sent to a process; pass a closure", job.name());
      }
      return ProcessShipping.pack(
          "pool", job.name(), closureJob.closure(), new Object[0], outgoing(runtime));
    }

    @Override
    public ClassLoader classesOf(Job job) {
      return job instanceof ClosureJob c
          ? sessionClasses(c.closure())
          : JobPacker.super.classesOf(job);
    }
  }

  /** What a runtime object becomes on its way to a child. */
  static UnaryOperator<Object> outgoing(ConchRuntime runtime) {
    return Children.of(runtime)::outgoing;
  }
}
