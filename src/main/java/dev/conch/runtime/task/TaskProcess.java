package dev.conch.runtime.task;

import java.util.concurrent.Callable;

/**
 * A task seen as an operating-system process, as Python's {@code Process} shows it: its pid, how it
 * exited, and whether it is a child still running. A task of kind {@code process} has an {@link
 * OsProcess} body, a child JVM of its own; any other task runs in this JVM and shares its pid.
 * Stateless.
 */
final class TaskProcess {
  private TaskProcess() {}

  /** The pid of the process a task with {@code body} runs in. */
  static long pid(Callable<?> body) {
    return body instanceof OsProcess p ? p.pid() : ProcessHandle.current().pid();
  }

  /**
   * How the task ended, as Python's {@code exitcode}: a child's own code (see {@link
   * OsProcess#exitCode()}); for a thread 0, or 1 when it failed; null while it runs.
   */
  static Integer exitcode(Callable<?> body, TaskState state, Throwable error) {
    if (body instanceof OsProcess p) {
      return p.exitCode();
    }
    return state.ended() ? (error == null ? 0 : 1) : null;
  }

  /**
   * The child process a task with {@code body} still runs in; null for a thread or an ended task.
   */
  static OsProcess running(Callable<?> body, TaskState state) {
    return body instanceof OsProcess p && !state.ended() ? p : null;
  }
}
