package dev.conch.runtime;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for another task to reach a state the test cannot be told about (blocked, waiting), by
 * looking again and again until a bounded deadline. Stateless.
 */
final class Eventually {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private Eventually() {}

  /** Returns once {@code condition} holds; fails naming {@code what} after the deadline. */
  static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("still not true after " + LIMIT + ": " + what);
      }
      Thread.onSpinWait();
    }
  }

  /** Returns once {@code task} is in {@code state} waiting for {@code target}. */
  static void waitsOn(Task task, TaskState state, Object target) {
    until(
        task.getName() + " " + state + " on " + target,
        () -> task.getState() == state && task.getWaitTarget() == target);
  }
}
