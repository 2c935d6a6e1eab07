package dev.conch.view;

import dev.conch.runtime.task.Task;
import java.util.Collection;

/**
 * The one line of the shell's status bar: {@code tasks: 3 running · 1 sleeping · 0 waiting · 0
 * blocked}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatusText {
  private static final String SEPARATOR = " · ";

  private StatusText() {}

  /**
   * The words of the line, supplied by the caller in the learner's language. Immutable.
   *
   * @param prefix what starts the line, printed as is ({@code "tasks: "})
   */
  public record Labels(
      String prefix, String running, String sleeping, String waiting, String blocked) {

    /** The English words. */
    public static Labels english() {
      return new Labels("tasks: ", "running", "sleeping", "waiting", "blocked");
    }
  }

  /** How many live tasks are in each state. Immutable. */
  public record Counts(int running, int sleeping, int waiting, int blocked) {
    /** All the live tasks counted. */
    public int total() {
      return running + sleeping + waiting + blocked;
    }
  }

  /** Counts {@code tasks} by their state now; tasks not started or already ended are left out. */
  public static Counts count(Collection<? extends Task> tasks) {
    int running = 0;
    int sleeping = 0;
    int waiting = 0;
    int blocked = 0;
    for (Task task : tasks) {
      switch (task.getState()) {
        case RUNNING -> running++;
        case SLEEPING -> sleeping++;
        case WAITING -> waiting++;
        case BLOCKED -> blocked++;
        case NEW, DONE, FAILED, CANCELLED -> {}
      }
    }
    return new Counts(running, sleeping, waiting, blocked);
  }

  /** The status line for {@code counts} in the words of {@code labels}. */
  public static String render(Counts counts, Labels labels) {
    return labels.prefix()
        + String.join(
            SEPARATOR,
            counts.running() + " " + labels.running(),
            counts.sleeping() + " " + labels.sleeping(),
            counts.waiting() + " " + labels.waiting(),
            counts.blocked() + " " + labels.blocked());
  }
}
