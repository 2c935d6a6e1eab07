package dev.conch.runtime.task;

/**
 * The body of a task of kind {@link TaskKind#PROCESS}: a process of the operating system, which the
 * task's handle asks for its pid and exit code and tells to stop. Implemented where child processes
 * are made (the process room). Implementations are thread-safe.
 */
public interface OsProcess {
  /**
   * Called on the thread that starts the task, before the task's own thread runs: a child process
   * is launched (or a spare taken) here, so that its pid is known as soon as start returns.
   */
  default void begin() {}

  /** The process's id, or -1 before it has one. */
  long pid();

  /**
   * How the process ended, as Python's {@code exitcode}: its exit status, minus the signal's number
   * when a signal ended it ({@code -15} after {@code terminate()}), or null while it runs.
   */
  Integer exitCode();

  /**
   * Asks the process to stop (SIGTERM), then forces it (SIGKILL) when it has not within a grace.
   */
  void terminate();

  /** Stops the process at once (SIGKILL). */
  void kill();
}
