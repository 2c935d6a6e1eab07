package dev.conch.runtime;

/**
 * A pool's job that failed, as its caller meets it: one line naming the pool, the call with its
 * input, the worker and the job's number, then the job's own error, which is kept as the cause:
 * {@code pool pool-1: fn(0) failed in pool-1-worker-2 (job 7): ArithmeticException: Division by
 * zero}. Immutable.
 */
public final class JobFailedException extends KeyedError {
  private static final long serialVersionUID = 1L;

  private final String pool;
  private final String call;
  private final String worker;
  private final int job;

  JobFailedException(String pool, String call, String worker, int job, Throwable cause) {
    super(
        "pool.job.failed",
        cause,
        "%s: %s failed in %s (job %d): %s",
        pool,
        call,
        worker,
        job,
        Errors.oneLine(cause));
    this.pool = pool;
    this.call = call;
    this.worker = worker;
    this.job = job;
  }

  /** The pool, as {@code pool pool-1}. */
  public String pool() {
    return pool;
  }

  /** The call that failed, as {@code fn(0)}. */
  public String call() {
    return call;
  }

  /** The name of the worker task it failed in. */
  public String worker() {
    return worker;
  }

  /** The job's number in its pool, from 1. */
  public int job() {
    return job;
  }
}
