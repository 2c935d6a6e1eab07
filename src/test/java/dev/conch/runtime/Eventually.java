package dev.conch.runtime;

import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Waits for another task to reach a state the test cannot be told about (blocked, waiting), by
 * looking again until a bounded deadline: a few looks at once, then parked between looks for a time
 * that doubles up to a millisecond, so that a waiting test leaves the cores (two, shared by the
 * timing-sensitive tests) to the tasks it waits for. Stateless.
 */
public final class Eventually {
  private static final int SPINS = 64;
  private static final long FIRST_PARK_NANOS = 10_000;
  private static final long LONGEST_PARK_NANOS = 1_000_000;

  private static final Duration LIMIT = Duration.ofSeconds(10);

  private Eventually() {}

  /** Returns once {@code condition} holds; fails naming {@code what} after the deadline. */
  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    long park = FIRST_PARK_NANOS;
    for (int looks = 0; !condition.getAsBoolean(); looks++) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("still not true after " + LIMIT + ": " + what);
      }
      if (looks < SPINS) {
        Thread.onSpinWait();
      } else {
        LockSupport.parkNanos(park);
        park = Math.min(LONGEST_PARK_NANOS, park * 2);
      }
    }
  }

  /** Returns once {@code task} is in {@code state} waiting for {@code target}. */
  public static void waitsOn(Task task, TaskState state, Object target) {
    until(
        task.getName() + " " + state + " on " + target,
        () -> task.getState() == state && task.getWaitTarget() == target);
  }
}
