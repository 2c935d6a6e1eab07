package dev.conch.runtime.task;

/**
 * How far one call to a pool has got, for a progress bar. Immutable.
 *
 * @param pool the pool's name
 * @param what the call, such as {@code map}
 * @param done how many of its jobs have ended
 * @param total how many jobs it has
 * @param since when its jobs were queued, in runtime nanoseconds
 */
public record Progress(String pool, String what, int done, int total, long since) {}
