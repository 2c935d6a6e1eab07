/**
 * Tasks of the four kinds ({@link dev.conch.runtime.task.TaskKind}: thread, virtual, coroutine,
 * process) and what follows each of them: the {@link dev.conch.runtime.task.TaskRegistry} that
 * starts every task and groups them into {@link dev.conch.runtime.task.Run}s, the {@link
 * dev.conch.runtime.task.Journal} of each task's states and what it waited for (behind {@code
 * /tasks}, {@code /timeline} and deadlock detection), the turns of coroutines and their sleepers,
 * joins, generators and sleeps (how any task waits is in {@code dev.conch.runtime.wait}). The other
 * rooms of the runtime reach a task's internals only through {@link
 * dev.conch.runtime.task.RuntimeInternals}. Pure Java.
 */
package dev.conch.runtime.task;
