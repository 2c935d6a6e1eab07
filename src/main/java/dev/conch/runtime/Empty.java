package dev.conch.runtime;

/**
 * A get that found its queue empty and could not wait, or waited as long as it was allowed
 * (Python's {@code queue.Empty}). A learner catches it with {@code catch (Empty e)}. Immutable.
 */
public final class Empty extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An empty-queue error whose message is the one line {@code message}. */
  public Empty(String message) {
    super(message);
  }
}
