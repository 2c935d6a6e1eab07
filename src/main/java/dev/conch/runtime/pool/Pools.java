package dev.conch.runtime.pool;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.task.Progress;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the session's pools and executors, naming the unnamed ones {@code pool-1}, {@code
 * executor-2}, … in the order they are made, and knows the kinds of worker there are ({@code
 * thread}, {@code virtual}; another room may add one with {@link #addKind}). It keeps the pools
 * whose workers still live, to report their progress and to terminate them when the runtime closes.
 *
 * <p>Thread-safe.
 */
public final class Pools implements AutoCloseable {
  private final TaskRegistry tasks;
  private final AtomicLong made = new AtomicLong();
  private final Map<String, WorkerKind> kinds = new ConcurrentHashMap<>();
  private final List<String> words = new CopyOnWriteArrayList<>(); // in the order they came
  private final List<Pool> live = new CopyOnWriteArrayList<>();

  public Pools(TaskRegistry tasks) {
    this.tasks = tasks;
    addKind(new ThreadWorkers(TaskKind.THREAD));
    addKind(new ThreadWorkers(TaskKind.VIRTUAL));
  }

  /** Lets pools have workers of {@code kind}, under its word. */
  public void addKind(WorkerKind kind) {
    if (kinds.put(kind.word(), kind) == null) {
      words.add(kind.word());
    }
  }

  /** The kinds of worker a learner may ask for, as {@code thread|virtual}. */
  public String kinds() {
    return String.join("|", words);
  }

  /**
   * A pool of {@code size} workers of kind {@code kind}, named {@code name} or {@code pool-N} when
   * it is null.
   *
   * @throws MisuseError for an unknown kind or fewer than one worker
   */
  public Pool pool(String name, int size, String kind) {
    return make("pool", name, size, kind);
  }

  /** An executor of {@code size} workers; see {@link #pool}. */
  public Executor executor(String name, int size, String kind) {
    return new Executor(make("executor", name, size, kind));
  }

  private Pool make(String noun, String name, int size, String kindWord) {
    WorkerKind kind = kinds.get(kindWord);
    if (kind == null) {
      throw new ValueError("kind.unknown", "unknown kind '%s', expected %s", kindWord, kinds());
    }
    if (size < 1) {
      throw new ValueError("pool.size", "%s: %d workers, expected 1 or more", noun, size);
    }
    String named = name != null ? name : noun + "-" + made.incrementAndGet();
    Pool pool = new Pool(noun, named, size, kind, tasks, live::remove);
    live.add(pool);
    return pool.start(kind);
  }

  /** The pools whose workers still live, oldest first. */
  public List<Pool> live() {
    return List.copyOf(live);
  }

  /** How far every running call with more than one job has got, oldest first. */
  public List<Progress> progress() {
    List<Progress> all = new ArrayList<>();
    live.forEach(p -> all.addAll(p.progress()));
    all.sort(Comparator.comparingLong(Progress::since));
    return all;
  }

  /** Terminates every pool; its workers end with the tasks of the runtime. */
  @Override
  public void close() {
    live.forEach(Pool::terminate);
  }
}
