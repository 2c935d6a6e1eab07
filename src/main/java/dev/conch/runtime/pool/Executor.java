package dev.conch.runtime.pool;

import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.task.Task;
import java.util.List;

/**
 * A pool in the shape of Python's {@code concurrent.futures} executors: {@link #submit} gives a
 * {@link JobFuture} per job, {@link #map} the values in order, {@link #shutdown} ends it. Its
 * workers are daemon tasks named {@code <executor>-worker-<i>}.
 *
 * <p>Thread-safe: it hands everything to its {@link Pool}.
 */
public final class Executor {
  private final Pool pool;

  Executor(Pool pool) {
    this.pool = pool;
  }

  public String getName() {
    return pool.getName();
  }

  /** The worker tasks, in order. */
  public List<Task> workers() {
    return pool.workers();
  }

  /**
   * Hands {@code fn(args…)} to a worker and returns its future at once.
   *
   * @throws RuntimeError after {@link #shutdown}, as Python's executors raise it
   */
  public JobFuture submit(Job fn, Object... args) {
    return pool.submit(fn, args);
  }

  /** {@code fn} of each item, handed out lazily in the items' order as they come. */
  public Results map(Job fn, Iterable<?> items) {
    return map(fn, items, 1);
  }

  /** {@link #map(Job, Iterable)} with {@code chunksize} jobs per hand-off. */
  public Results map(Job fn, Iterable<?> items, int chunksize) {
    return pool.results("map", fn, items, true, chunksize);
  }

  /**
   * Python's {@code map(fn, xs, ys, …)}: {@code fn(x, y, …)} of the items taken together, one from
   * each of {@code iterables}, as long as the shortest lasts; in order, as they come.
   */
  public Results map(Job fn, List<? extends Iterable<?>> iterables) {
    List<java.util.Iterator<?>> each =
        iterables.stream().<java.util.Iterator<?>>map(Iterable::iterator).toList();
    List<List<Object>> argLists = new java.util.ArrayList<>();
    while (each.stream().allMatch(java.util.Iterator::hasNext)) {
      argLists.add(each.stream().<Object>map(java.util.Iterator::next).toList());
    }
    return pool.results("map", fn, argLists, true, 1, true);
  }

  /** No new jobs; waits for the queued and running ones to end. */
  public void shutdown() throws InterruptedException {
    shutdown(true, false);
  }

  /** No new jobs; with {@code wait}, waits for the queued and running ones to end. */
  public void shutdown(boolean wait) throws InterruptedException {
    shutdown(wait, false);
  }

  /**
   * No new jobs; with {@code cancelFutures} the jobs no worker has started are cancelled; with
   * {@code wait}, waits for the rest to end.
   */
  public void shutdown(boolean wait, boolean cancelFutures) throws InterruptedException {
    pool.shutdown(wait, cancelFutures);
  }

  /**
   * Ends at once, as a pool's {@code terminate()}: queued jobs are cancelled, running ones
   * interrupted. Conch's addition; the block form of {@code executor} uses it when its block fails.
   */
  public void terminate() {
    pool.terminate();
  }

  /** The futures in the order they end; see {@link AsCompleted}. */
  public AsCompleted asCompleted(Iterable<?> futures) {
    return new AsCompleted(futures, -1);
  }

  /** The futures in the order they end, all within {@code seconds}; see {@link AsCompleted}. */
  public AsCompleted asCompleted(Iterable<?> futures, double seconds) {
    return new AsCompleted(futures, seconds);
  }

  /** Whether it still takes jobs. */
  public boolean isOpen() {
    return pool.isOpen();
  }

  /** {@code executor executor-1 (0 jobs queued)}. */
  @Override
  public String toString() {
    return pool.toString();
  }
}
