/**
 * Queues between tasks, as Python's {@code queue} module has them: {@link
 * dev.conch.runtime.queue.Queues} makes and names first-in first-out, last-in first-out, priority
 * and joinable {@link dev.conch.runtime.queue.Queue}s, whose waits are journaled so that {@code
 * /tasks} says who waits on which; {@link dev.conch.runtime.queue.PythonOrder} compares items as
 * Python does. Pure Java; uses only the runtime's root package.
 */
package dev.conch.runtime.queue;
