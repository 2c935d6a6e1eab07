package dev.conch.runtime.deadlock;

import dev.conch.runtime.sync.Holdable;
import dev.conch.runtime.task.Task;
import java.util.List;

/**
 * What curing a deadlock came to, looked at once its tasks had ended or the time to wait for them
 * ran out. Immutable.
 *
 * @param ended the tasks of the cycle that have ended, in the cycle's order
 * @param stuck those still running: a task waiting for a Java lock may ignore the interrupt
 * @param stillHeld the cycle's locks that one of its tasks holds still
 */
public record CureOutcome(List<Task> ended, List<Task> stuck, List<Held> stillHeld) {
  /** {@code guard} is held by {@code holder}. Immutable. */
  public record Held(Holdable guard, Task holder) {}

  public CureOutcome {
    ended = List.copyOf(ended);
    stuck = List.copyOf(stuck);
    stillHeld = List.copyOf(stillHeld);
  }

  /** Whether every task ended and nothing of the cycle is held any more. */
  public boolean complete() {
    return stuck.isEmpty() && stillHeld.isEmpty();
  }
}
