package dev.conch.runtime.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One evaluation at the prompt or one script: its main task and every task started while it ran.
 * The timeline draws a run; a script lasts until its run's non-daemon tasks end.
 *
 * <p>Thread-safe: tasks join the run from any thread.
 */
public final class Run {
  /** How long the end of a run waits for the daemons it cut off to end. */
  private static final long CUT_WAIT_NANOS = 1_000_000_000L;

  private final long id;
  private final String label;
  private final long startedAt;
  private final Task main;
  private final Queue<Task> tasks = new ConcurrentLinkedQueue<>();

  Run(long id, String label, long startedAt, Task main) {
    this.id = id;
    this.label = label;
    this.startedAt = startedAt;
    this.main = main;
  }

  void add(Task task) {
    tasks.add(task);
  }

  public long id() {
    return id;
  }

  /** What was run: the code typed or the script's name. */
  public String label() {
    return label;
  }

  public long startedAt() {
    return startedAt;
  }

  /** The task that evaluated the code. */
  public Task main() {
    return main;
  }

  /** Every task started in this run, oldest first, without the main task. */
  public List<Task> spawned() {
    return new ArrayList<>(tasks);
  }

  /** The main task followed by every task started in this run. */
  public List<Task> all() {
    List<Task> all = new ArrayList<>(tasks.size() + 1);
    all.add(main);
    all.addAll(tasks);
    return all;
  }

  /** True when any task besides the main one was started. */
  public boolean hasSpawned() {
    return !tasks.isEmpty();
  }

  /** When the last task of the run ended, or -1 while any still runs. */
  public long endedAt() {
    long end = -1;
    for (Task task : all()) {
      if (!task.getState().ended()) {
        return -1;
      }
      end = Math.max(end, task.getEndedAt());
    }
    return end;
  }

  /**
   * Waits until every non-daemon task of the run has ended, including those started meanwhile.
   *
   * @throws InterruptedException when the waiting thread is interrupted (Ctrl-C)
   */
  public void awaitNonDaemons() throws InterruptedException {
    boolean waited = true;
    while (waited) {
      waited = false;
      for (Task task : tasks) {
        if (!task.isDaemon() && !task.getState().ended() && task != Task.current()) {
          task.join();
          waited = true;
        }
      }
    }
  }

  /**
   * Cancels the run's daemon tasks that still run: the end of a run cuts them off. It waits for
   * them to end, a second at most, so that the run is over when it returns: a daemon asked about
   * right after ({@code beat.state}) says cancelled, not still sleeping.
   */
  public int cutDaemons() {
    List<Task> cut = new ArrayList<>();
    for (Task task : tasks) {
      if (task.isDaemon() && task.cancel()) {
        cut.add(task);
      }
    }
    long deadline = System.nanoTime() + CUT_WAIT_NANOS;
    for (Task task : cut) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || task == Task.current()) {
        continue;
      }
      try {
        task.join(left / 1e9);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the caller is being stopped: stop waiting
        break;
      }
    }
    return cut.size();
  }

  /** Cancels every task of the run that still runs (Ctrl-C). Returns how many. */
  public int cancelAll() {
    int cancelled = 0;
    for (Task task : tasks) {
      if (task.cancel()) {
        cancelled++;
      }
    }
    return cancelled;
  }
}
