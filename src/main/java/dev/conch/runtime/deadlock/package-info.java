/**
 * Deadlock detection: the {@link dev.conch.runtime.deadlock.DeadlockWatcher} follows blocked task →
 * lock → holder to find cycles, asks the JVM ({@link dev.conch.runtime.deadlock.JvmDeadlocks})
 * about monitors and locks learners' code takes directly, and reports each cycle as a {@link
 * dev.conch.runtime.deadlock.Deadlock} that {@code /cure} can end. Pure Java; uses only the
 * runtime's root package, and {@link dev.conch.runtime.task.RuntimeInternals} where a task's
 * internals are needed.
 */
package dev.conch.runtime.deadlock;
