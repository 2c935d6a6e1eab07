package dev.conch.runtime;

/**
 * A session variable and roughly how many bytes it keeps reachable; {@code complete} is false when
 * the count stopped early, so the figure is a floor. Immutable.
 */
public record MemoryHolder(String name, long bytes, boolean complete)
    implements java.io.Serializable {}
