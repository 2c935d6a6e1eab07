package dev.conch.runtime.pool;

import dev.conch.runtime.RuntimeFixture;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/** A runtime per test, with helpers for jobs that wait on latches. */
abstract class PoolFixture extends RuntimeFixture {
  /** A job that returns its argument times ten. */
  static final Job TIMES_TEN = args -> (Integer) args[0] * 10;

  /** Waits for {@code latch}, as a job does; an interrupt ends the wait. */
  static void await(CountDownLatch latch) throws InterruptedException {
    latch.await();
  }

  /** Spins until {@code condition} holds; the test's timeout bounds the wait. */
  static void until(BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      Thread.onSpinWait();
    }
  }

  /** Spins until {@code task} is in {@code state}. */
  static void until(Task task, TaskState state) {
    until(() -> task.getState() == state);
  }
}
