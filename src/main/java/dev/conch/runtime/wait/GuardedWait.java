package dev.conch.runtime.wait;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;

/**
 * A wait on a {@link Condition} until a guard no longer holds, journaled as {@link
 * TaskState#WAITING} on the object waited for, as Python's {@code block}/{@code timeout} pair
 * describes it. Stateless; the caller holds the condition's lock, {@code held}.
 */
public final class GuardedWait {
  private GuardedWait() {}

  /**
   * Waits on {@code condition} while {@code mustWait} holds, the calling task WAITING on {@code
   * target}; returns false when it still holds and the caller may not wait ({@code block} false) or
   * {@code timeoutSeconds} ran out (negative: no limit). An interrupt ends the wait at once. A
   * coroutine waits for its turn with {@code held} released, then checks the guard again.
   */
  public static boolean await(
      Object target,
      Lock held,
      Condition condition,
      BooleanSupplier mustWait,
      boolean block,
      double timeoutSeconds)
      throws InterruptedException {
    if (!mustWait.getAsBoolean()) {
      return true;
    }
    if (!block) {
      return false;
    }
    Task task = Task.current();
    long deadline = System.nanoTime() + Seconds.nanos(timeoutSeconds);
    while (true) {
      TaskState before = Waits.begin(task, TaskState.WAITING, target);
      boolean ended;
      try {
        ended =
            timeoutSeconds < 0
                ? awaitForever(condition, mustWait)
                : awaitAtMost(condition, mustWait, deadline - System.nanoTime());
      } finally {
        Waits.endReleasing(task, before, held);
      }
      if (!ended) {
        return false;
      }
      if (!mustWait.getAsBoolean()) {
        return true; // else another coroutine took it while this one waited for its turn
      }
    }
  }

  private static boolean awaitForever(Condition condition, BooleanSupplier mustWait)
      throws InterruptedException {
    while (mustWait.getAsBoolean()) {
      condition.await();
    }
    return true;
  }

  private static boolean awaitAtMost(Condition condition, BooleanSupplier mustWait, long nanos)
      throws InterruptedException {
    long left = nanos;
    while (mustWait.getAsBoolean()) {
      if (left <= 0) {
        return false;
      }
      left = condition.awaitNanos(left);
    }
    return true;
  }
}
