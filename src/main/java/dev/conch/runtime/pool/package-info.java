/**
 * Pools of worker tasks, as Python's {@code multiprocessing.Pool} and {@code concurrent.futures}
 * have them: {@link dev.conch.runtime.pool.Pools} makes {@link dev.conch.runtime.pool.Pool}s and
 * {@link dev.conch.runtime.pool.Executor}s, whose {@link dev.conch.runtime.pool.Dispatcher} hands
 * chunks of jobs to {@link dev.conch.runtime.pool.Worker} tasks of a {@link
 * dev.conch.runtime.pool.WorkerKind} (threads here, child processes in {@code dev.conch.process});
 * results come back as {@link dev.conch.runtime.pool.Results}, {@link
 * dev.conch.runtime.pool.AsyncResult}s and {@link dev.conch.runtime.pool.JobFuture}s, and a job's
 * own error reaches its caller. Pure Java; uses the runtime's root package, reaching a task's
 * internals only through {@link dev.conch.runtime.task.RuntimeInternals}.
 */
package dev.conch.runtime.pool;
