package dev.conch.runtime.task;

/**
 * Told when tasks start and end. Called on the task's own thread, so implementations must be
 * thread-safe and quick.
 */
public interface TaskListener {
  default void started(Task task) {}

  default void ended(Task task) {}
}
