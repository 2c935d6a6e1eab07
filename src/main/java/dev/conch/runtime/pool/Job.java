package dev.conch.runtime.pool;

/**
 * One function a pool runs on each input: it is called with the input's arguments (one for {@code
 * map}, several for {@code starmap} and {@code apply}). The shell adapts Groovy closures to it, so
 * the runtime never sees Groovy.
 */
@FunctionalInterface
public interface Job {
  /** Runs the function on {@code args} and returns its value. */
  Object call(Object[] args) throws Exception;

  /** The function's name as {@code /tasks} and errors show it: {@code fn} unless it has one. */
  default String name() {
    return "fn";
  }

  /** {@code body} shown under {@code name}, as {@code isPrime(7)} in {@code /tasks}. */
  static Job named(String name, Job body) {
    return new Job() {
      @Override
      public Object call(Object[] args) throws Exception {
        return body.call(args);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
