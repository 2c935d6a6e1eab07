package dev.conch.runtime.errors;

import dev.conch.runtime.task.Task;

/**
 * Thrown by {@link Task#getResult()} when the task ended with an error; the cause is that error.
 */
public final class TaskFailedError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String taskName;

  public TaskFailedError(Task task, Throwable cause) {
    super("task " + task.getName() + " failed: " + Errors.oneLine(cause), cause);
    this.taskName = task.getName();
  }

  /** The name of the task that failed. */
  public String taskName() {
    return taskName;
  }
}
