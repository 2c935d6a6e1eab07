package dev.conch.runtime.race;

import dev.conch.runtime.Clock;
import dev.conch.runtime.race.RaceReport.Side;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Finds data races on session variables as they happen: two tasks touch one variable, at least one
 * writing, and nothing orders the two accesses — no lock both held, no start, join, queue, pipe,
 * event or pool result between them. Happens-before with vector clocks (as Go's race detector and
 * ThreadSanitizer): each task carries a {@link TaskClock}; starting a task, joining one and every
 * {@link SyncClock} pass what one task knows to another; each variable's {@link Shadow} compares a
 * new access with the last write and the reads since. Coroutines taking turns are not ordered by
 * the turn itself, so a read, a yield and a write that lose an update are said as a race too.
 *
 * <p>Each run (a line at the prompt, a script) starts afresh: a race is said once per variable per
 * run, and tasks of an earlier run are no longer watched. At most {@link #MOST_TASKS} tasks of a
 * run are watched; those after are not. On unless turned off ({@code races(false)}).
 *
 * <p>Thread-safe: called on every task's own thread; listeners are told on the thread of the access
 * that found the race.
 */
public final class RaceDetector {
  /** The most tasks of one run whose accesses are watched: each has an entry in every clock. */
  public static final int MOST_TASKS = 1024;

  private static final int KEPT = 100;

  private final Clock clock;
  private volatile boolean on = true;
  private volatile int generation;
  private volatile Map<String, Shadow> shadows = new ConcurrentHashMap<>();
  private volatile AtomicInteger places = new AtomicInteger();
  private volatile boolean crowded;
  private volatile long run;
  private final List<RaceReport> reports = new CopyOnWriteArrayList<>();
  private final List<Consumer<RaceReport>> listeners = new CopyOnWriteArrayList<>();

  /** A detector that dates what it finds by {@code clock}. */
  public RaceDetector(Clock clock) {
    this.clock = clock;
  }

  /** Whether races are watched. */
  public boolean on() {
    return on;
  }

  /** Turns watching on or off; it takes effect for tasks started from now on. */
  public void setOn(boolean watch) {
    on = watch;
  }

  /** {@code listener} hears of each race as it is found. */
  public void addListener(Consumer<RaceReport> listener) {
    listeners.add(listener);
  }

  /** The races found so far, oldest first (the last {@value #KEPT}). */
  public List<RaceReport> reports() {
    return List.copyOf(reports);
  }

  /** Whether the latest run had more tasks touching session variables than are watched. */
  public boolean crowded() {
    return crowded;
  }

  /** A run begins with {@code main}, its main task: variables are watched afresh. */
  public void beginRun(Task main, long runId) {
    if (!on) {
      return;
    }
    generation++;
    shadows = new ConcurrentHashMap<>();
    places = new AtomicInteger();
    crowded = false;
    run = runId;
    RuntimeInternals.setRaceClock(main, new TaskClock(this, main, generation, VectorClocks.EMPTY));
  }

  /** {@code parent} starts {@code child}: all the parent did so far comes before the child. */
  public void fork(Task parent, Task child) {
    TaskClock mine = TaskClock.of(parent);
    if (!on || mine == null || mine.generation != generation) {
      return;
    }
    int[] start = mine.clock.length == 0 ? VectorClocks.EMPTY : mine.snapshot();
    RuntimeInternals.setRaceClock(child, new TaskClock(this, child, mine.generation, start));
    mine.tick();
  }

  /** {@code joiner} saw {@code target} end: all the target did comes before what follows. */
  public static void joined(Task joiner, Task target) {
    TaskClock mine = TaskClock.of(joiner);
    TaskClock theirs = TaskClock.of(target);
    if (mine != null && theirs != null && mine.detector.on) {
      mine.absorb(theirs.clock);
    }
  }

  /** The calling task reads ({@code write} false) or writes session variable {@code name}. */
  public void access(String name, boolean write, String site) {
    TaskClock mine = watching();
    if (mine != null) {
      shadow(name).access(mine, write, site);
    }
  }

  /** The calling task reads session variable {@code name}, then writes it ({@code n++}). */
  public void readThenWrite(String name, String site) {
    TaskClock mine = watching();
    if (mine != null) {
      shadow(name).readThenWrite(mine, site);
    }
  }

  /** The calling task's clock when its accesses are watched, else null. */
  private TaskClock watching() {
    if (!on) {
      return null;
    }
    TaskClock mine = TaskClock.of(Task.current());
    return mine == null || mine.generation != generation ? null : mine;
  }

  private Shadow shadow(String name) {
    Map<String, Shadow> watched = shadows;
    Shadow shadow = watched.get(name);
    return shadow != null ? shadow : watched.computeIfAbsent(name, Shadow::new);
  }

  /** Gives {@code clock} its place among the watched tasks; false when the run has too many. */
  boolean enlist(TaskClock clock) {
    int place = places.getAndIncrement();
    if (place >= MOST_TASKS) {
      crowded = true;
      return false;
    }
    clock.enlist(place);
    return true;
  }

  void report(String variable, Side first, Side second) {
    RaceReport found = new RaceReport(variable, first, second, run, clock.now());
    synchronized (reports) {
      if (reports.size() == KEPT) {
        reports.remove(0);
      }
      reports.add(found);
    }
    for (Consumer<RaceReport> listener : listeners) {
      listener.accept(found);
    }
  }

  /** The races found in run {@code runId}. */
  public List<RaceReport> reportsOf(long runId) {
    List<RaceReport> found = new ArrayList<>();
    for (RaceReport r : reports) {
      if (r.run() == runId) {
        found.add(r);
      }
    }
    return found;
  }
}
