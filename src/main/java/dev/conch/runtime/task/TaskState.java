package dev.conch.runtime.task;

/** What a task is doing right now. Immutable. */
public enum TaskState {
  NEW(false),
  RUNNING(true),
  SLEEPING(true),
  WAITING(true),
  BLOCKED(true),
  DONE(false),
  FAILED(false),
  CANCELLED(false);

  private final boolean alive;

  TaskState(boolean alive) {
    this.alive = alive;
  }

  /** True while the task has started and not yet ended. */
  public boolean alive() {
    return alive;
  }

  /** True once the task has ended, whichever way. */
  public boolean ended() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }

  /** The lower-case word the shell shows, such as {@code sleeping}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The word, so that printing a state shows {@code sleeping}. */
  @Override
  public String toString() {
    return word();
  }
}
