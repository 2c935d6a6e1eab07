package dev.conch.runtime.deadlock;

import dev.conch.runtime.sync.OwnedLock;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;
import dev.conch.runtime.task.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Watches the wait-for graph of the runtime's locks — a blocked task points to the task holding the
 * lock it waits for — and asks the JVM about its own monitors and {@code java.util.concurrent}
 * locks used directly; tells its listeners once about each cycle that forms. It looks ten times a
 * second, so a deadlock is named well within a second of forming.
 *
 * <p>Thread-safe. It runs on one service thread of its own from {@link #start()} until {@link
 * #close()}.
 */
public final class DeadlockWatcher implements AutoCloseable {
  private static final Duration PERIOD = Duration.ofMillis(100);

  private final TaskRegistry tasks;
  private final List<Consumer<Deadlock>> listeners = new CopyOnWriteArrayList<>();
  private final Set<Set<Long>> reported = new HashSet<>(); // confined to the watching thread
  private volatile Thread thread;

  public DeadlockWatcher(TaskRegistry tasks) {
    this.tasks = tasks;
  }

  /** Tells {@code listener} about every deadlock from now on, on the watching thread. */
  public void addListener(Consumer<Deadlock> listener) {
    listeners.add(listener);
  }

  /** Starts watching, once. */
  public synchronized void start() {
    if (thread == null) {
      thread = tasks.serviceThread("conch-deadlocks", this::watch);
      thread.start();
    }
  }

  private void watch() {
    Map<Set<Long>, List<Long>> previous = Map.of();
    while (!Thread.currentThread().isInterrupted()) {
      try {
        previous = look(previous);
      } catch (OutOfMemoryError full) {
        // a line or a task filled the heap and will say so: skip this look, keep watching
      }
      try {
        Thread.sleep(PERIOD);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * One look at the tasks: reports each cycle found both now and, blocked since the same moments,
   * in the {@code previous} look; returns what this look found.
   */
  private Map<Set<Long>, List<Long>> look(Map<Set<Long>, List<Long>> previous) {
    Map<Set<Long>, List<Long>> now = new HashMap<>();
    List<Task> live = tasks.liveUnordered(); // 100,000 coroutines: no sort ten times a second
    // one graph of both, so that a cycle through a runtime lock and a Java lock is found too
    Map<Task, Deadlock.Link> links = runtimeLinks(live);
    JvmDeadlocks.links(live).forEach(links::putIfAbsent);
    List<Deadlock> found = cycles(byStartOrder(links));
    for (Deadlock deadlock : found) {
      List<Long> since = deadlock.links().stream().map(l -> l.waiter().getSince()).toList();
      now.put(deadlock.taskIds(), since);
      // a look at the tasks is not one instant: report a cycle only when the next look finds
      // every task of it still blocked since the same moment
      if (since.equals(previous.get(deadlock.taskIds())) && reported.add(deadlock.taskIds())) {
        listeners.forEach(l -> l.accept(deadlock));
      }
    }
    return now;
  }

  /** The same links with the waiters in start order, so that a cycle is told the same way. */
  private static Map<Task, Deadlock.Link> byStartOrder(Map<Task, Deadlock.Link> links) {
    Map<Task, Deadlock.Link> sorted = new LinkedHashMap<>();
    links.keySet().stream()
        .sorted(java.util.Comparator.comparingLong(Task::getId))
        .forEach(t -> sorted.put(t, links.get(t)));
    return sorted;
  }

  /** The cycles among {@code live} tasks blocked on runtime locks, each once. */
  public static List<Deadlock> find(Collection<Task> live) {
    return cycles(runtimeLinks(live));
  }

  private static Map<Task, Deadlock.Link> runtimeLinks(Collection<Task> live) {
    Map<Task, Deadlock.Link> next = new LinkedHashMap<>();
    for (Task task : live) {
      if (task.getState() == TaskState.BLOCKED && task.getWaitTarget() instanceof OwnedLock lock) {
        Task holder = lock.owner();
        if (holder != null && holder != task) {
          next.put(task, new Deadlock.Link(task, lock, holder));
        }
      }
    }
    return next;
  }

  /** The cycles of {@code next}, which maps each waiting task to its link, each cycle once. */
  private static List<Deadlock> cycles(Map<Task, Deadlock.Link> next) {
    List<Deadlock> found = new ArrayList<>();
    Set<Task> seen = new HashSet<>();
    for (Task start : next.keySet()) {
      List<Deadlock.Link> path = new ArrayList<>();
      Map<Task, Integer> onPath = new LinkedHashMap<>();
      Task at = start;
      while (at != null && !seen.contains(at) && !onPath.containsKey(at) && next.containsKey(at)) {
        onPath.put(at, path.size());
        path.add(next.get(at));
        at = next.get(at).holder();
      }
      if (at != null && onPath.containsKey(at)) {
        found.add(new Deadlock(path.subList(onPath.get(at), path.size())));
      }
      seen.addAll(onPath.keySet());
    }
    return found;
  }

  @Override
  public synchronized void close() {
    if (thread != null) {
      thread.interrupt();
      thread = null;
    }
  }
}
