package dev.conch.view;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.concurrent.Callable;

/** Tasks for the view tests. Stateless. */
final class TestTasks {
  private TestTasks() {}

  /** A task never started, recorded as being in {@code state}. */
  static Task in(TaskState state) {
    Task task = new Task(state.word()) {};
    task.enter(state, null);
    return task;
  }

  /** A body that sleeps through the runtime, so the journal records it. */
  static Callable<Object> sleeping(ConchRuntime rt, long millis) {
    return () -> {
      rt.sleeper().sleep(millis);
      return null;
    };
  }

  /** Spins until {@code task} reaches {@code state}; the test's timeout bounds the wait. */
  static void awaitState(Task task, TaskState state) {
    while (task.getState() != state) {
      Thread.yield();
    }
  }
}
