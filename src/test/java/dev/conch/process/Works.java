package dev.conch.process;

import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Small pieces of work for child JVMs in tests: on the test class path, so nothing is shipped. */
final class Works {
  private Works() {}

  /** Prints a line and returns the child's pid. */
  record Hello(String greeting) implements Callable<Object>, Serializable {
    @Override
    public Object call() {
      System.out.println(greeting);
      System.err.println("to stderr");
      return ProcessHandle.current().pid();
    }
  }

  /** Divides by zero. */
  record Fails() implements Callable<Object>, Serializable {
    @Override
    public Object call() {
      int zero = 0;
      return 1 / zero;
    }
  }

  /** Says it is up, then waits forever. */
  record Hangs() implements Callable<Object>, Serializable {
    @Override
    public Object call() throws InterruptedException {
      System.out.println("up");
      new CountDownLatch(1).await();
      return null;
    }
  }
}
