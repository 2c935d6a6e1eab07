package dev.conch.runtime;

/**
 * A put that found its queue full and could not wait, or waited as long as it was allowed (Python's
 * {@code queue.Full}). A learner catches it with {@code catch (Full e)}. Immutable.
 */
public final class Full extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A full-queue error whose message is the one line {@code message}. */
  public Full(String message) {
    super(message);
  }
}
