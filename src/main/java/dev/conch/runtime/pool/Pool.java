package dev.conch.runtime.pool;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.RuntimeError;
import dev.conch.runtime.errors.ValueError;
import dev.conch.runtime.task.Progress;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A pool of worker tasks that run jobs, as Python's {@code multiprocessing.Pool} and {@code
 * ThreadPool}: {@code map} a function over inputs (results in input order), {@code starmap}, {@code
 * imap}, {@code apply}, each also without waiting ({@code mapAsync}, {@code applyAsync}), and
 * {@link #submit} for one {@link JobFuture}, as an executor's; then {@link #close()} and {@link
 * #join()}, or {@link #shutdown}, or {@link #terminate()}. Workers are daemon tasks named {@code
 * <pool>-worker-<i>}: {@code /tasks} shows the job each runs ({@code job 7: fn(3)}), or the pool
 * they wait on when idle. Which kind of worker runs the jobs is a {@link WorkerKind}.
 *
 * <p>Thread-safe: any task may hand jobs to a pool. Long maps are handed to workers in chunks, as
 * Python's {@code chunksize}.
 */
public final class Pool {
  /** How many chunks per worker a map is cut into when no chunksize is given. */
  private static final int CHUNKS_PER_WORKER = 16;

  private final String name;
  private final int size;
  private final String kind;
  private final Dispatcher dispatcher;

  /**
   * A pool, not started yet, labelled {@code noun name} in messages; {@code onEnd} is told once
   * every worker has ended.
   */
  Pool(
      String noun,
      String name,
      int size,
      WorkerKind kind,
      TaskRegistry tasks,
      Consumer<Pool> onEnd) {
    this.name = name;
    this.size = size;
    this.kind = kind.word();
    this.dispatcher = new Dispatcher(noun + " " + name, this, tasks, () -> onEnd.accept(this));
  }

  /** Starts the workers; called once, by the factory, before the pool is handed out. */
  Pool start(WorkerKind workers) {
    dispatcher.start(workers, name, size);
    return this;
  }

  public String getName() {
    return name;
  }

  /** How many workers the pool has. */
  public int size() {
    return size;
  }

  /** The kind of its workers: {@code thread}, {@code virtual}. */
  public String kind() {
    return kind;
  }

  /** The worker tasks, in order. */
  public List<Task> workers() {
    return dispatcher.workerTasks();
  }

  /** {@code fn} of each item, in the items' order; waits for all. */
  public List<Object> map(Job fn, Iterable<?> items) throws InterruptedException {
    return map(fn, items, 0);
  }

  /** {@code fn} of each item, handed to workers {@code chunksize} at a time (0: chosen here). */
  @SuppressWarnings("unchecked")
  public List<Object> map(Job fn, Iterable<?> items, int chunksize) throws InterruptedException {
    return (List<Object>) waitFor(async("map", fn, items, false, chunksize, null, null, true));
  }

  /** {@code fn} applied to each list of arguments, in order ({@code starmap}); waits for all. */
  public List<Object> starmap(Job fn, Iterable<?> argLists) throws InterruptedException {
    return starmap(fn, argLists, 0);
  }

  /** {@link #starmap(Job, Iterable)} with {@code chunksize} jobs per hand-off (0: chosen here). */
  @SuppressWarnings("unchecked")
  public List<Object> starmap(Job fn, Iterable<?> argLists, int chunksize)
      throws InterruptedException {
    return (List<Object>)
        waitFor(async("starmap", fn, argLists, true, chunksize, null, null, true));
  }

  /** {@code fn(args…)} run by a worker; waits for its value. */
  public Object apply(Job fn, List<?> args) throws InterruptedException {
    return waitFor(applied(fn, args, null, null, true));
  }

  /** Starts {@code map} without waiting: the list comes from the result's {@code get()}. */
  public AsyncResult mapAsync(Job fn, Iterable<?> items) {
    return mapAsync(fn, items, 0, null, null);
  }

  /**
   * Starts {@code map} without waiting. {@code callback} gets the list once all are done, {@code
   * errorCallback} the error of the first job that fails; either may be null.
   */
  public AsyncResult mapAsync(
      Job fn,
      Iterable<?> items,
      int chunksize,
      Consumer<Object> callback,
      Consumer<? super Throwable> errorCallback) {
    return async("map_async", fn, items, false, chunksize, callback, errorCallback, false);
  }

  /** Starts {@code starmap} without waiting; see {@link #mapAsync}. */
  public AsyncResult starmapAsync(
      Job fn,
      Iterable<?> argLists,
      int chunksize,
      Consumer<Object> callback,
      Consumer<? super Throwable> errorCallback) {
    return async("starmap_async", fn, argLists, true, chunksize, callback, errorCallback, false);
  }

  /** Starts {@code fn(args…)} without waiting. */
  public AsyncResult applyAsync(Job fn, List<?> args) {
    return applyAsync(fn, args, null, null);
  }

  /** Starts {@code fn(args…)}; {@code callback} gets its value, {@code errorCallback} its error. */
  public AsyncResult applyAsync(
      Job fn, List<?> args, Consumer<Object> callback, Consumer<? super Throwable> errorCallback) {
    return applied(fn, args, callback, errorCallback, false);
  }

  /** {@code fn(args…)} handed to a worker; {@code awaited}: its caller waits for it at once. */
  private AsyncResult applied(
      Job fn,
      List<?> args,
      Consumer<Object> callback,
      Consumer<? super Throwable> errorCallback,
      boolean awaited) {
    Jobs jobs = new Jobs("apply", fn, List.of(new ArrayList<Object>(args)), true);
    return dispatcher.submit(
        new AsyncResult(dispatcher, jobs, true, callback, errorCallback, awaited), 1);
  }

  /** {@code fn} of each item, handed out lazily in the items' order as they come ({@code imap}). */
  public Results imap(Job fn, Iterable<?> items) {
    return imap(fn, items, 1);
  }

  /** {@link #imap(Job, Iterable)} with {@code chunksize} jobs per hand-off. */
  public Results imap(Job fn, Iterable<?> items, int chunksize) {
    return results("imap", fn, items, true, chunksize);
  }

  /** {@code fn} of each item, handed out in the order the jobs end ({@code imap_unordered}). */
  public Results imapUnordered(Job fn, Iterable<?> items) {
    return imapUnordered(fn, items, 1);
  }

  /** {@link #imapUnordered(Job, Iterable)} with {@code chunksize} jobs per hand-off. */
  public Results imapUnordered(Job fn, Iterable<?> items, int chunksize) {
    return results("imap_unordered", fn, items, false, chunksize);
  }

  /**
   * Hands {@code fn(args…)} to a worker and returns its future at once, as an executor's {@code
   * submit}.
   *
   * @throws RuntimeError after {@link #close} or {@link #shutdown}, as Python's executors raise it
   *     (a pool's other calls raise a ValueError)
   */
  public JobFuture submit(Job fn, Object... args) {
    Jobs jobs = new Jobs("submit", fn, List.of(new ArrayList<>(Arrays.asList(args))), true);
    try {
      return dispatcher.submit(new JobFuture(dispatcher, jobs), 1);
    } catch (ValueError shut) {
      throw new RuntimeError(shut.key(), shut.getMessage().replace("%", "%%"), shut.args());
    }
  }

  /** Python's {@code shutdown()}: no new jobs; waits for the submitted ones to end. */
  public void shutdown() throws InterruptedException {
    shutdown(true, false);
  }

  /** No new jobs; with {@code wait}, waits for the submitted ones to end. */
  public void shutdown(boolean wait) throws InterruptedException {
    shutdown(wait, false);
  }

  /**
   * Python's {@code shutdown} of an executor: no new jobs; with {@code cancelFutures} the submitted
   * jobs no worker has started are cancelled; with {@code wait}, waits for the rest to end.
   */
  public void shutdown(boolean wait, boolean cancelFutures) throws InterruptedException {
    close();
    if (cancelFutures) {
      for (Submission submission : dispatcher.inFlight()) {
        if (submission instanceof JobFuture future) {
          future.cancel();
        }
      }
    }
    if (wait) {
      join();
    }
  }

  /** No new jobs: the workers end once the queued jobs are done. */
  public void close() {
    dispatcher.close();
  }

  /** Ends at once: queued jobs are dropped, running ones interrupted, waiting callers told. */
  public void terminate() {
    dispatcher.terminate();
  }

  /**
   * Waits for every worker to end.
   *
   * @throws MisuseError when the pool was neither closed nor terminated
   */
  public void join() throws InterruptedException {
    dispatcher.join();
  }

  /** Whether the pool still takes jobs. */
  public boolean isOpen() {
    return dispatcher.open();
  }

  /** How far each call with more than one job that is still running has got, oldest first. */
  public List<Progress> progress() {
    return dispatcher.progress(name);
  }

  Dispatcher dispatcher() {
    return dispatcher;
  }

  /** The jobs of a map, handed out; {@code awaited}: its caller waits for them at once. */
  private AsyncResult async(
      String what,
      Job fn,
      Iterable<?> items,
      boolean spread,
      int chunksize,
      Consumer<Object> callback,
      Consumer<? super Throwable> errorCallback,
      boolean awaited) {
    Jobs jobs = new Jobs(what, fn, copy(items), spread);
    return dispatcher.submit(
        new AsyncResult(dispatcher, jobs, false, callback, errorCallback, awaited),
        chunks(jobs, chunksize));
  }

  /** {@code fn} of each item as a {@link Results}, named {@code what} in progress reports. */
  Results results(String what, Job fn, Iterable<?> items, boolean ordered, int chunksize) {
    return results(what, fn, items, ordered, chunksize, false);
  }

  /** {@link #results} where, with {@code star}, each item is the list of one job's arguments. */
  Results results(
      String what, Job fn, Iterable<?> items, boolean ordered, int chunksize, boolean star) {
    Jobs jobs = new Jobs(what, fn, copy(items), star);
    return dispatcher.submit(new Results(dispatcher, jobs, ordered), checked(chunksize));
  }

  /** Waits for {@code result}; a caller stopped by Ctrl-C takes its jobs with it. */
  private Object waitFor(AsyncResult result) throws InterruptedException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      dispatcher.abandon(result);
      throw e;
    }
  }

  private int chunks(Jobs jobs, int chunksize) {
    if (chunksize != 0) {
      return checked(chunksize);
    }
    int parts = size * CHUNKS_PER_WORKER;
    return Math.max(1, (jobs.size() + parts - 1) / parts);
  }

  private int checked(int chunksize) {
    if (chunksize < 1) {
      throw new ValueError(
          "pool.chunksize", "%s: chunksize %d, expected 1 or more", dispatcher.label(), chunksize);
    }
    return chunksize;
  }

  private static List<Object> copy(Iterable<?> items) {
    List<Object> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  /** {@code pool pool-1 (4 jobs queued)}, or closed or terminated. */
  @Override
  public String toString() {
    String state = dispatcher.open() ? "" : dispatcher.stateWord() + ", ";
    return dispatcher.label() + " (" + state + dispatcher.queued() + " jobs queued)";
  }
}
