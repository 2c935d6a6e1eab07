package dev.conch.runtime.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The tasks alive now, as a list threaded through the tasks themselves: adding and removing one
 * allocates nothing and costs a short critical section, so 100,000 tasks starting and ending at
 * once do not crowd into a hash table. Thread-safe: every field, and each task's links, are guarded
 * by this.
 */
final class LiveTasks {
  private Task first; // guarded by this
  private Task last; // guarded by this
  private int size; // guarded by this

  /** Adds {@code task}, which is not in the list. */
  synchronized void add(Task task) {
    task.livePrev = last;
    task.liveNext = null;
    if (last == null) {
      first = task;
    } else {
      last.liveNext = task;
    }
    last = task;
    task.listed = true;
    size++;
  }

  /** Removes {@code task} when it is in the list. */
  synchronized void remove(Task task) {
    if (!task.listed) {
      return;
    }
    Task prev = task.livePrev;
    Task next = task.liveNext;
    if (prev == null) {
      first = next;
    } else {
      prev.liveNext = next;
    }
    if (next == null) {
      last = prev;
    } else {
      next.livePrev = prev;
    }
    task.livePrev = null;
    task.liveNext = null;
    task.listed = false;
    size--;
  }

  /** A copy of the list, in the order the tasks were added. */
  synchronized List<Task> snapshot() {
    List<Task> copy = new ArrayList<>(size);
    for (Task t = first; t != null; t = t.liveNext) {
      copy.add(t);
    }
    return copy;
  }

  synchronized int size() {
    return size;
  }
}
