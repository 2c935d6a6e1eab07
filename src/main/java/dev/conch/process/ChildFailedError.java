package dev.conch.process;

import dev.conch.runtime.Relayed;

/**
 * A child process's work failed, or the child ended before it finished: the message is the child's
 * error in one line, such as {@code ArithmeticException: Division by zero}. Immutable.
 */
public final class ChildFailedError extends RuntimeException implements Relayed {
  private static final long serialVersionUID = 1L;

  ChildFailedError(String message) {
    super(message, null, true, false); // no stack, but room for the note of a failed pool job
  }
}
