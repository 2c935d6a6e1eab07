package dev.conch.runtime.task;

/**
 * How to start a task: its name (null for a generated one), its kind, and whether it is a daemon
 * that is cut off when its run ends. Immutable.
 */
public record TaskSpec(String name, TaskKind kind, boolean daemon) {
  /** A non-daemon platform thread with a generated name. */
  public static TaskSpec defaults() {
    return new TaskSpec(null, TaskKind.THREAD, false);
  }

  public TaskSpec withName(String newName) {
    return new TaskSpec(newName, kind, daemon);
  }

  public TaskSpec withKind(TaskKind newKind) {
    return new TaskSpec(name, newKind, daemon);
  }

  public TaskSpec withDaemon(boolean newDaemon) {
    return new TaskSpec(name, kind, newDaemon);
  }
}
