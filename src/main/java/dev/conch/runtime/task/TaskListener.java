package dev.conch.runtime.task;

/**
 * Told when tasks start and end. Called on the task's own thread, so implementations must be
 * thread-safe and quick.
 */
public interface TaskListener {
  default void started(Task task) {}

  default void ended(Task task) {}

  /**
   * A pool's job failed with no error callback and nobody waiting for it: like a task nobody joins,
   * the failure would go unseen until someone asks for the result (Python's {@code apply_async}
   * keeps it silent, and its {@code callback} is simply never called).
   */
  default void jobFailed(UnheardFailure failure) {}
}
