package dev.conch.runtime.pool;

import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.race.SyncClock;
import dev.conch.runtime.task.Task;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The jobs of one call to a pool ({@code map}, {@code apply_async}, {@code submit}) and what became
 * of them. Workers report each job's value or error; subclasses decide what the caller sees: a list
 * ({@link AsyncResult}), an iterator ({@link Results}), a future ({@link JobFuture}).
 *
 * <p>Thread-safe. A worker's report of a job happens-before the caller sees that job done: each
 * value is stored before the count of done jobs goes up, and the caller reads values after seeing
 * the count, or after a latch or lock the subclass opens.
 */
abstract class Submission {
  private final Dispatcher dispatcher;
  private final Jobs jobs;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger arriving = new AtomicInteger(); // counted before they are stored
  private volatile int firstJob;
  private volatile long since;
  // what the caller did before the call comes before each job; each job before what the caller
  // does with its result; two jobs are not ordered by the pool (their races are said)
  private final SyncClock toWorkers = new SyncClock();
  private final SyncClock toCaller = new SyncClock();
  private final Task caller; // who handed the jobs over, or null
  private volatile boolean heard; // someone asked, or will ask, how the jobs went

  /** Made on the calling task's thread, as the call hands its jobs over. */
  Submission(Dispatcher dispatcher, Jobs jobs) {
    this.dispatcher = dispatcher;
    this.jobs = jobs;
    this.caller = Task.current();
    toWorkers.release(caller);
  }

  /** Someone asked, or will ask, how the jobs went: a failure reaches them, and needs no word. */
  final void heard() {
    heard = true;
  }

  /**
   * Says that a job failed on the calling worker, unless someone has asked how the jobs went: the
   * caller may never ask (see {@link dev.conch.runtime.task.UnheardFailure}).
   */
  final void sayUnlessHeard(RuntimeException failure) {
    if (!heard) {
      dispatcher.failedUnheard(caller, failure, () -> heard);
    }
  }

  /** The worker task {@code worker} is about to run some of these jobs. */
  final void workerTakes(Task worker) {
    toWorkers.acquire(worker);
  }

  /** The calling task is about to see what jobs gave. */
  final void callerLearns() {
    toCaller.acquire(Task.current());
  }

  final Jobs jobs() {
    return jobs;
  }

  final Dispatcher dispatcher() {
    return dispatcher;
  }

  /** Called by the dispatcher as it queues the jobs: their numbers start at {@code first}. */
  final void queued(int first, long now) {
    this.firstJob = first;
    this.since = now;
  }

  /** The pool-wide number of job {@code index}. */
  final int jobNumber(int index) {
    return firstJob + index;
  }

  /** When the jobs were queued, in runtime nanoseconds. */
  final long since() {
    return since;
  }

  final int total() {
    return jobs.size();
  }

  /** How many jobs have ended, with a value or an error. */
  final int ended() {
    return done.get();
  }

  /** Job {@code index} returned {@code value}. */
  final void succeeded(int index, Object value) {
    toCaller.release(Task.current());
    arrive();
    stored(index, value);
    countOne();
  }

  /** Job {@code index} failed with {@code error}. */
  final void failed(int index, RuntimeException error) {
    toCaller.release(Task.current());
    arrive();
    failedAt(index, error);
    countOne();
  }

  /**
   * The last job's outcome leaves the pool's list of submissions in flight before it is stored:
   * once stored, the caller may have all it waits for and go on, and it must not find its map still
   * in the pool's progress.
   */
  private void arrive() {
    if (arriving.incrementAndGet() == total()) {
      settled();
    }
  }

  private void countOne() {
    if (done.incrementAndGet() == total()) {
      allDone();
    }
  }

  /** Called once the jobs are queued when there are none: they are all done at once. */
  final void noJobs() {
    allDone();
  }

  /** Whether a worker should still run job {@code index}; false skips it. */
  boolean claim(int index) {
    return !finished();
  }

  abstract void stored(int index, Object value);

  abstract void failedAt(int index, RuntimeException error);

  /** Every job has ended. */
  abstract void allDone();

  /** No job that has not ended yet will end: the pool was terminated or the caller gave up. */
  abstract void abandoned(CancelledError why);

  /** Whether the caller has all it will get: no worker need run more of these jobs. */
  abstract boolean finished();

  /**
   * Tells the pool these jobs need no more attention. Subclasses call it when finished; a second
   * call (after the last job arrived) does nothing more.
   */
  final void settled() {
    dispatcher.forget(this);
  }

  /** The error a caller meets for jobs the pool will never run, because it was terminated. */
  final CancelledError terminated() {
    return new CancelledError(
        "pool.terminated.jobs", "%s: terminated before its jobs were done", toString());
  }

  /** {@code jobs of pool pool-1 (3 of 10 done)}: what the call gave, not the pool itself. */
  @Override
  public String toString() {
    return "jobs of " + dispatcher.label() + " (" + ended() + " of " + total() + " done)";
  }
}
