package dev.conch.runtime;

/**
 * The runtime's time source: monotonic nanoseconds since the runtime was created. Thread-safe
 * (immutable).
 */
public final class Clock {
  private final long origin = System.nanoTime();

  /** Nanoseconds since this clock was created. */
  public long now() {
    return System.nanoTime() - origin;
  }
}
