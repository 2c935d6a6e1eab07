package dev.conch.dsl;

import dev.conch.runtime.pool.Job;
import groovy.lang.Closure;
import java.util.function.Consumer;
import org.codehaus.groovy.runtime.InvokerInvocationException;
import org.codehaus.groovy.runtime.MethodClosure;

/**
 * A Groovy closure as a pool's {@link Job}: its arguments are spread over the closure's parameters,
 * so {@code { a, b -> a * b }} serves {@code starmap}. A method reference ({@code this.&isPrime})
 * is shown by its method's name in {@code /tasks} and errors; any other closure as {@code fn}.
 * Immutable; calling it from several workers at once is as safe as the closure's body.
 */
public final class ClosureJob implements Job {
  private final Closure<?> closure;

  public ClosureJob(Closure<?> closure) {
    this.closure = closure;
  }

  @Override
  public Object call(Object[] args) throws Exception {
    return unwrapped(() -> closure.call(args));
  }

  /** The closure this job calls. */
  public Closure<?> closure() {
    return closure;
  }

  @Override
  public String name() {
    return closure instanceof MethodClosure method ? method.getMethod() : Job.super.name();
  }

  /** A closure given as a callback, called with one value; null stays null. */
  public static <T> Consumer<T> consumer(Closure<?> closure) {
    return closure == null ? null : value -> closure.call(value);
  }

  /** Something the closure runs. */
  @FunctionalInterface
  public interface Body {
    Object run() throws Exception;
  }

  /** Runs {@code body}, throwing the closure's own error rather than Groovy's wrapper of it. */
  public static Object unwrapped(Body body) throws Exception {
    try {
      return body.run();
    } catch (InvokerInvocationException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }
}
