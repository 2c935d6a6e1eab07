/**
 * The task runtime: tasks of every kind, their registry and runs, the journal of what each task did
 * and when, the routing of their output, the synchronisation objects ({@link
 * dev.conch.runtime.Locks}: locks, semaphores, events, conditions, barriers), queues ({@link
 * dev.conch.runtime.queue.Queues}) and pools of worker tasks ({@link dev.conch.runtime.Pools});
 * rooms of their own hold the deadlock watcher ({@code deadlock}), what a manager and pipes share
 * ({@code shared}) and the scaling measurements ({@code scale}).
 *
 * <p>Pure Java: imports neither JLine nor Groovy, and nothing from the other rooms of Conch. Every
 * class states its thread model; the runtime owns every thread it starts and {@link
 * dev.conch.runtime.ConchRuntime#close()} stops and joins them.
 */
package dev.conch.runtime;
