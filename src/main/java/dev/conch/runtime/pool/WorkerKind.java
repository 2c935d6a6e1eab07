package dev.conch.runtime.pool;

import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskRegistry;

/**
 * Where a pool's workers live and how they run a job: the seam between handing out jobs (the pool's
 * part) and running them (the kind's part). Threads and virtual threads run a job in place; a kind
 * for child processes will start a process task and send each job to it. Implementations are
 * thread-safe.
 */
public interface WorkerKind {
  /** The word a learner types for this kind, such as {@code thread}. */
  String word();

  /**
   * Starts a daemon worker task named {@code name} whose whole life is {@code loop}: it takes jobs
   * from its pool and runs each with the runner this kind gives it.
   */
  Task startWorker(TaskRegistry tasks, String name, WorkerLoop loop);

  /** A worker's life: take jobs from the pool and run them until the pool has no more. */
  @FunctionalInterface
  interface WorkerLoop {
    void run(JobRunner runner) throws InterruptedException;
  }

  /** Runs one job for a worker: here, or wherever the worker's kind runs jobs. */
  @FunctionalInterface
  interface JobRunner {
    Object run(Job job, Object[] args) throws Exception;
  }

  /**
   * A runner that runs a whole run of jobs of one function in one hand-off: a child process then
   * costs one round trip per chunk, not per job. Each outcome is the job's value, or a {@link
   * Failure} carrying the error it failed with.
   */
  interface BatchRunner extends JobRunner {
    java.util.List<Object> runAll(Job job, java.util.List<Object[]> args) throws Exception;
  }

  /**
   * How a job of a batch failed: its error.
   *
   * @param error what the job threw
   */
  record Failure(Throwable error) {}
}
