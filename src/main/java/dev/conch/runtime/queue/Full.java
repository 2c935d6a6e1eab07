package dev.conch.runtime.queue;

import dev.conch.runtime.errors.KeyedError;

/**
 * A put that found its queue full and could not wait, or waited as long as it was allowed (Python's
 * {@code queue.Full}). A learner catches it with {@code catch (Full e)}; the shell says it in the
 * learner's language. Immutable.
 */
public final class Full extends KeyedError {
  private static final long serialVersionUID = 1L;

  /**
   * A full-queue error about {@code queue}, holding {@code size} of {@code maxsize} items ({@code
   * depth} in words); {@code waited} is the seconds a timed put waited, or null.
   */
  public Full(String queue, String depth, int size, int maxsize, String waited) {
    super(
        waited == null ? "queue.full" : "queue.full.waited",
        null,
        waited == null ? "%1$s: full (%2$s)" : "%1$s: full (%2$s); put waited %5$s s",
        queue,
        depth,
        size,
        maxsize,
        waited);
  }
}
