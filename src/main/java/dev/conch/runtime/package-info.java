/**
 * The runtime that every task, lock and queue of a session goes through, so that the shell can say
 * what each task is doing: {@link dev.conch.runtime.ConchRuntime} holds its services, {@link
 * dev.conch.runtime.OutputRouter} hands whole lines to one sink with the task that printed them,
 * and {@link dev.conch.runtime.MemoryReserve} keeps the memory the shell needs to speak when a line
 * runs out. Its rooms: {@code task} (tasks, their registry, runs and journal), {@code wait} (waits
 * journaled and ended by interrupts), {@code errors} (the errors by their Python names), {@code
 * sync} (locks, semaphores, events, conditions, barriers), {@code queue}, {@code pool} (pools,
 * executors, futures), {@code deadlock} (the watcher), {@code shared} (a manager's objects and
 * pipes) and {@code scale}; they reach a task's internals only through {@link
 * dev.conch.runtime.task.RuntimeInternals}.
 *
 * <p>Pure Java: imports neither JLine nor Groovy, and nothing from the other rooms of Conch. Every
 * class states its thread model; the runtime owns every thread it starts and {@link
 * dev.conch.runtime.ConchRuntime#close()} stops and joins them.
 */
package dev.conch.runtime;
