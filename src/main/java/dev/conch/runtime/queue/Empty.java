package dev.conch.runtime.queue;

import dev.conch.runtime.errors.KeyedError;

/**
 * A get that found its queue empty and could not wait, or waited as long as it was allowed
 * (Python's {@code queue.Empty}). A learner catches it with {@code catch (Empty e)}; the shell says
 * it in the learner's language. Immutable.
 */
public final class Empty extends KeyedError {
  private static final long serialVersionUID = 1L;

  /**
   * An empty-queue error about {@code queue}; {@code waited} is the seconds a get waited, or null.
   */
  public Empty(String queue, String waited) {
    super(
        waited == null ? "queue.empty" : "queue.empty.waited",
        null,
        waited == null ? "%1$s: empty" : "%1$s: empty; get waited %2$s s",
        queue,
        waited);
  }
}
