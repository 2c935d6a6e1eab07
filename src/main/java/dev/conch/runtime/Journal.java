package dev.conch.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One task's journal: each change of state, what the task waits for, and when. Appending costs an
 * uncontended monitor and three array stores, so even 100,000 tasks can record every step.
 *
 * <p>Thread-safe: normally only the task's own thread appends, while the shell reads snapshots.
 * When a journal reaches {@link #LIMIT} entries, later entries overwrite the last one, so the final
 * state is always kept.
 */
public final class Journal {
  /** The most entries one task keeps. */
  public static final int LIMIT = 4096;

  private long[] at = new long[4]; // guarded by this
  private TaskState[] states = new TaskState[4]; // guarded by this
  private Object[] targets = new Object[4]; // guarded by this
  private int size; // guarded by this

  /**
   * One entry: from {@code at} nanoseconds on, the task was in {@code state}, waiting for target.
   */
  public record Entry(long at, TaskState state, Object target) {}

  /** Records that from {@code at} on the task is in {@code state}, waiting on {@code target}. */
  public synchronized void record(long at, TaskState state, Object target) {
    int slot = size;
    if (slot == this.at.length) {
      if (slot >= LIMIT) {
        slot = LIMIT - 1;
      } else {
        int grown = Math.min(LIMIT, slot * 2);
        this.at = Arrays.copyOf(this.at, grown);
        this.states = Arrays.copyOf(this.states, grown);
        this.targets = Arrays.copyOf(this.targets, grown);
      }
    }
    this.at[slot] = at;
    this.states[slot] = state;
    this.targets[slot] = target;
    size = slot + 1;
  }

  /** A copy of the entries, oldest first. */
  public synchronized List<Entry> entries() {
    List<Entry> copy = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      copy.add(new Entry(at[i], states[i], targets[i]));
    }
    return copy;
  }

  /** The time of the latest entry, or -1 when there is none. */
  public synchronized long lastAt() {
    return size == 0 ? -1 : at[size - 1];
  }
}
