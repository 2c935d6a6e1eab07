package dev.conch.runtime.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One task's journal: each change of state, what the task waits for, and when. Appending costs an
 * uncontended monitor and one or two array stores, so even 100,000 tasks can record every step.
 *
 * <p>Thread-safe: normally only the task's own thread appends, while the shell reads snapshots.
 * When a journal reaches {@link #LIMIT} entries, later entries overwrite the last one, so the final
 * state is always kept.
 */
public final class Journal {
  /** The most entries one task keeps. */
  public static final int LIMIT = 4096;

  private static final TaskState[] STATES = TaskState.values();
  private static final int STATE_BITS = 8; // the low bits of an entry hold the state's ordinal

  // each entry packs its time and its state into one long; the targets array is made only when
  // some entry has a target, so a task that never waits costs one small array
  private long[] entries = new long[4]; // guarded by this
  private Object[] targets; // guarded by this; null while every target was null
  private int size; // guarded by this

  /**
   * One entry: from {@code at} nanoseconds on, the task was in {@code state}, waiting for target.
   */
  public record Entry(long at, TaskState state, Object target) {}

  /**
   * Records that from {@code at} on the task is in {@code state}, waiting on {@code target}. Times
   * are the runtime clock's: 0 or more, and below 2^55 ns (more than a year).
   */
  public synchronized void record(long at, TaskState state, Object target) {
    int slot = size;
    if (slot == entries.length) {
      if (slot >= LIMIT) {
        slot = LIMIT - 1;
      } else {
        int grown = Math.min(LIMIT, slot * 2);
        entries = Arrays.copyOf(entries, grown);
        if (targets != null) {
          targets = Arrays.copyOf(targets, grown);
        }
      }
    }
    entries[slot] = (at << STATE_BITS) | state.ordinal();
    if (target != null && targets == null) {
      targets = new Object[entries.length];
    }
    if (targets != null) {
      targets[slot] = target;
    }
    size = slot + 1;
  }

  /** A copy of the entries, oldest first. */
  public synchronized List<Entry> entries() {
    List<Entry> copy = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      long entry = entries[i];
      copy.add(
          new Entry(
              entry >>> STATE_BITS,
              STATES[(int) (entry & ((1 << STATE_BITS) - 1))],
              targets == null ? null : targets[i]));
    }
    return copy;
  }

  /** The time of the latest entry, or -1 when there is none. */
  public synchronized long lastAt() {
    return size == 0 ? -1 : entries[size - 1] >>> STATE_BITS;
  }
}
