/**
 * What tasks share besides locks and queues, as Python's multiprocessing has it: a {@link
 * dev.conch.runtime.shared.Manager}'s dicts, lists, values and queues, and {@link
 * dev.conch.runtime.shared.Pipe}s with their two ends; {@link
 * dev.conch.runtime.shared.SharedObjects} makes and names them for a runtime. Pure Java; uses only
 * the runtime's root package.
 */
package dev.conch.runtime.shared;
