/**
 * The synchronisation objects, as Python's {@code threading} has them: {@link
 * dev.conch.runtime.sync.Lock}, {@link dev.conch.runtime.sync.RLock}, {@link
 * dev.conch.runtime.sync.Semaphore}, {@link dev.conch.runtime.sync.BoundedSemaphore}, {@link
 * dev.conch.runtime.sync.Event}, {@link dev.conch.runtime.sync.Condition} and {@link
 * dev.conch.runtime.sync.Barrier}, made and named by {@link dev.conch.runtime.sync.Locks}. Each
 * journals its waits with itself as the target, so {@code /tasks} and the deadlock watcher see who
 * waits for whom, and hands a task its {@link dev.conch.runtime.task.Hold} so that a cancelled task
 * gives back what it took. Pure Java; uses the runtime's root package, reaching a task's internals
 * only through {@link dev.conch.runtime.task.RuntimeInternals}.
 */
package dev.conch.runtime.sync;
