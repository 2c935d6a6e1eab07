package dev.conch.runtime.errors;

import dev.conch.runtime.Relayed;

/**
 * A job's error in a child process that could not be copied back as itself (Python's {@code
 * multiprocessing.pool.RemoteError}): its message is the child's error in one line, class name
 * first, such as {@code ParseError: bad line 3}. Errors that copy reach the caller as themselves.
 * Immutable.
 */
public final class RemoteError extends RuntimeException implements Relayed {
  private static final long serialVersionUID = 1L;

  /** The child's error, in one line. */
  public RemoteError(String line) {
    super(line, null, true, false); // no stack of its own; room for a pool job's note
  }
}
