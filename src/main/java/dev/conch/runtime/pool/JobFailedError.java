package dev.conch.runtime.pool;

import dev.conch.runtime.errors.Errors;
import dev.conch.runtime.errors.KeyedError;

/**
 * Where and how a pool's job failed: one line naming the pool, the call with its input, the worker
 * and the job's number, then the job's own error, which is kept as the cause: {@code pool pool-1:
 * fn(0) failed in pool-1-worker-2 (job 7): ArithmeticException: Division by zero}. The caller meets
 * the job's own error, as in Python, with this line attached to it as a suppressed note (see {@link
 * #raised}), which the shell prints. Immutable.
 */
public final class JobFailedError extends KeyedError {
  private static final long serialVersionUID = 1L;

  private final String pool;
  private final String call;
  private final String worker;
  private final int job;

  JobFailedError(String pool, String call, String worker, int job, Throwable cause) {
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

  /**
   * What the caller of a failed job meets: the job's own error, this line attached to it as a
   * suppressed note (once, however often it is raised), so that {@code catch (ArithmeticException
   * e)} catches it and the shell still says where it happened.
   */
  public Throwable raised() {
    Throwable own = getCause();
    if (own == null) {
      return this;
    }
    synchronized (own) {
      if (noteOn(own) != this) {
        own.addSuppressed(this);
      }
    }
    return noteOn(own) == this ? own : this; // an error that takes no notes stays wrapped
  }

  /** The note a failed job left on {@code error}, or null when it has none. */
  public static JobFailedError noteOn(Throwable error) {
    for (Throwable note : error.getSuppressed()) {
      if (note instanceof JobFailedError failed && failed.getCause() == error) {
        return failed;
      }
    }
    return null;
  }

  /** {@code failure} as its caller meets it: a failed job's own error, anything else as it is. */
  static Throwable raised(RuntimeException failure) {
    return failure instanceof JobFailedError failed ? failed.raised() : failure;
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
