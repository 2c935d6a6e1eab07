package dev.conch.runtime.race;

import dev.conch.runtime.sync.Holdable;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import java.util.Arrays;

/**
 * One task's side of race detection: its vector clock, its place among the tasks that touched a
 * session variable (given at its first touch), and the locks it holds. Confined to the task's own
 * thread, except that a task's clock is read once it has ended (by a join, which the end
 * happens-before) and while it is being started (by its starter, before its thread runs).
 */
public final class TaskClock {
  final RaceDetector detector;
  final Task task;
  final int generation; // the run it belongs to: tasks of earlier runs are not watched
  int[] clock; // changed in place by the owner only; copied before it is handed to anyone
  int index = -1; // its entry in every clock, once it has touched a session variable
  Held held;
  private Held lastTaken; // the list made by the last lock taken, for a loop taking it again

  TaskClock(RaceDetector detector, Task task, int generation, int[] clock) {
    this.detector = detector;
    this.task = task;
    this.generation = generation;
    this.clock = clock;
  }

  /** The clock of {@code task}, or null when races are not watched for it. */
  static TaskClock of(Task task) {
    return task == null ? null : RuntimeInternals.raceClock(task);
  }

  /** Its own entry now: the epoch an access it makes now is stamped with. */
  int epoch() {
    return clock[index];
  }

  /** Takes its place among the tasks that touched session variables, starting at epoch 1. */
  void enlist(int place) {
    index = place;
    if (clock.length <= place) {
      clock = Arrays.copyOf(clock, place + 1);
    }
    clock[place] = Math.max(clock[place], 1);
  }

  /** What it knows from now on includes {@code other}. Changes its own array in place. */
  void absorb(int[] other) {
    int[] own = clock;
    if (own.length < other.length) {
      own = Arrays.copyOf(own, other.length);
      clock = own;
    }
    for (int i = 0; i < other.length; i++) {
      if (other[i] > own[i]) {
        own[i] = other[i];
      }
    }
  }

  /** Its held locks with {@code lock} taken last, reusing the list made the last time. */
  Held taking(Holdable lock) {
    Held again = lastTaken;
    if (again != null && again.lock() == lock && again.next() == held) {
      return again;
    }
    lastTaken = new Held(lock, held);
    return lastTaken;
  }

  /** A copy of its clock for someone else to keep. */
  int[] snapshot() {
    return clock.clone();
  }

  /** After it let others know what it did: what it does from now on is not covered by that. */
  void tick() {
    if (index >= 0) {
      clock[index]++;
    }
  }
}
