package dev.conch.runtime.pool;

import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.task.RuntimeInternals;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.wait.Interrupts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * One worker of a pool: the loop its task runs, taking chunks of jobs from the pool's queue and
 * running each job with its kind's runner, until it takes the stop mark or is cancelled.
 *
 * <p>Thread-safe. The loop runs on the worker's own task; {@link #interruptIfRunning} is called by
 * other threads, under this worker's monitor, so it can never interrupt a job of another
 * submission.
 */
final class Worker {
  /**
   * How many times a job's failure is said before the worker gives up (memory ran out each time).
   */
  private static final int REPORT_ATTEMPTS = 5;

  /** The wait before the second attempt; each later one waits as much longer. */
  private static final long REPORT_BACKOFF_NANOS = 20_000_000;

  private final Dispatcher dispatcher;
  private volatile Task task;
  private Submission current; // guarded by this

  Worker(Dispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  void bind(Task worker) {
    this.task = worker;
  }

  Task task() {
    return task;
  }

  /** The worker's life; see {@link WorkerKind.WorkerLoop}. */
  void loop(WorkerKind.JobRunner runner) throws InterruptedException {
    Task me = Task.current();
    boolean stopped = false;
    try {
      for (Chunk chunk = dispatcher.next(me); chunk != Chunk.STOP; chunk = dispatcher.next(me)) {
        runChunk(me, chunk, runner);
      }
      stopped = true;
    } finally {
      RuntimeInternals.setDoing(me, null);
      dispatcher.workerEnded(stopped);
    }
  }

  private void runChunk(Task me, Chunk chunk, WorkerKind.JobRunner runner)
      throws InterruptedException {
    Submission owner = chunk.owner();
    owner.workerTakes(me);
    synchronized (this) {
      current = owner;
    }
    try {
      if (runner instanceof WorkerKind.BatchRunner batch) {
        runBatch(me, chunk, batch);
        return;
      }
      for (int i = chunk.from(); i < chunk.to(); i++) {
        // a job that swallowed the interrupt must not keep us going
        if (RuntimeInternals.cancelRequested(me)) {
          throw new InterruptedException(me.getName() + " was cancelled");
        }
        if (owner.claim(i)) {
          runJob(me, owner, i, runner);
        }
      }
    } finally {
      synchronized (this) {
        current = null;
      }
      // an interrupt sent to cancel one of these jobs must not reach the next chunk's
      if (Thread.interrupted() && RuntimeInternals.cancelRequested(me)) {
        throw new InterruptedException(me.getName() + " was cancelled");
      }
    }
  }

  /** Runs the jobs of {@code chunk} it can claim in one hand-off to {@code runner}. */
  private void runBatch(Task me, Chunk chunk, WorkerKind.BatchRunner runner)
      throws InterruptedException {
    Submission owner = chunk.owner();
    Jobs jobs = owner.jobs();
    List<Integer> claimed = new ArrayList<>();
    List<Object[]> args = new ArrayList<>();
    for (int i = chunk.from(); i < chunk.to(); i++) {
      if (owner.claim(i)) {
        claimed.add(i);
        args.add(jobs.args(i));
        RuntimeInternals.jobRan(me);
      }
    }
    if (claimed.isEmpty()) {
      return;
    }
    RuntimeInternals.setDoing(
        me, new JobLabel(owner.jobNumber(claimed.get(0)), jobs.fn(), args.get(0)));
    List<Object> outcomes;
    try {
      outcomes = runner.runAll(jobs.fn(), args);
    } catch (Exception | Error e) {
      for (int index : claimed) {
        failSurely(me, owner, index, owner.jobNumber(index), e);
      }
      return;
    }
    for (int k = 0; k < claimed.size(); k++) {
      int index = claimed.get(k);
      if (outcomes.get(k) instanceof WorkerKind.Failure failure) {
        fail(me, owner, index, owner.jobNumber(index), failure.error());
      } else {
        owner.succeeded(index, outcomes.get(k));
      }
    }
  }

  private void runJob(Task me, Submission owner, int index, WorkerKind.JobRunner runner)
      throws InterruptedException {
    Jobs jobs = owner.jobs();
    Object[] args = jobs.args(index);
    int number = owner.jobNumber(index);
    RuntimeInternals.setDoing(me, new JobLabel(number, jobs.fn(), args));
    // counted as it starts: /timeline shows how many jobs each worker took on
    RuntimeInternals.jobRan(me);
    Object value;
    try {
      value = runner.run(jobs.fn(), args);
    } catch (Exception | Error e) {
      // a job that ran out of memory fails with a MemoryError, and the worker goes on
      failSurely(me, owner, index, number, e);
      return;
    }
    owner.succeeded(index, value);
  }

  /**
   * Fails job {@code index} with {@code error} as the pool says it; when memory runs out again
   * while the failure is said (the pool's other jobs may still be filling the heap), tries again a
   * little later, a few times: a claimed job must end, or its caller waits for it forever.
   */
  private void failSurely(Task me, Submission owner, int index, int number, Throwable error)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        fail(me, owner, index, number, dispatcher.said(error));
        return;
      } catch (OutOfMemoryError again) {
        if (attempt == REPORT_ATTEMPTS) {
          throw again;
        }
        LockSupport.parkNanos(attempt * REPORT_BACKOFF_NANOS);
      }
    }
  }

  /** Reports job {@code index}'s error to its caller, or ends the worker if it was cancelled. */
  private void fail(Task me, Submission owner, int index, int number, Throwable error)
      throws InterruptedException {
    if (Errors.isInterruption(error) && RuntimeInternals.cancelRequested(me)) {
      throw error instanceof InterruptedException ie ? ie : new InterruptedException(me.getName());
    }
    if (!owner.finished()) {
      Jobs jobs = owner.jobs();
      owner.failed(
          index,
          new JobFailedError(
              dispatcher.label(),
              JobLabel.call(jobs.fn(), jobs.args(index)),
              me.getName(),
              number,
              error));
    }
  }

  /** Interrupts the job this worker runs if it is one of {@code owner}'s. */
  synchronized void interruptIfRunning(Submission owner) {
    Task worker = task;
    if (current == owner && worker != null && worker.thread() != null) {
      Interrupts.interrupt(worker.thread());
    }
  }
}
