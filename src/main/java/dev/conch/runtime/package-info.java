/**
 * The task runtime: tasks of every kind, their registry and runs, the journal of what each task did
 * and when, the routing of their output, locks and the deadlock watcher, and pools of worker tasks
 * ({@link dev.conch.runtime.Pools}). Later: queues.
 *
 * <p>Pure Java: imports neither JLine nor Groovy, and nothing from the other rooms of Conch. Every
 * class states its thread model; the runtime owns every thread it starts and {@link
 * dev.conch.runtime.Runtime#close()} stops and joins them.
 */
package dev.conch.runtime;
