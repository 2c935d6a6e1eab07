/**
 * The task runtime: {@link dev.conch.runtime.ConchRuntime} and its services, tasks of every kind,
 * their registry and runs, the journal of what each task did and when, and the routing of their
 * output. Rooms of their own hold the errors by their Python names ({@code errors}), the
 * synchronisation objects ({@code sync}), the queues ({@code queue}), the pools of worker tasks
 * ({@code pool}), the deadlock watcher ({@code deadlock}), what a manager and pipes share ({@code
 * shared}) and the scaling measurements ({@code scale}); they reach a task's internals only through
 * {@link dev.conch.runtime.RuntimeInternals}.
 *
 * <p>Pure Java: imports neither JLine nor Groovy, and nothing from the other rooms of Conch. Every
 * class states its thread model; the runtime owns every thread it starts and {@link
 * dev.conch.runtime.ConchRuntime#close()} stops and joins them.
 */
package dev.conch.runtime;
