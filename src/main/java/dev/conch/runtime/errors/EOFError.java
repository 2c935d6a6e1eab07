package dev.conch.runtime.errors;

/**
 * A {@code recv()} on a pipe end whose other end is closed and has nothing left to read (Python's
 * {@code EOFError}): nothing more can ever arrive. A learner catches it with {@code catch (EOFError
 * e)}; the shell says it in the learner's language. Immutable.
 */
public final class EOFError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** The other end of {@code pipe} is closed and every message sent before was received. */
  public EOFError(String pipe) {
    super("pipe.eof", null, "%s: the other end is closed", pipe);
  }
}
