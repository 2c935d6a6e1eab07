package dev.conch.runtime.errors;

import dev.conch.runtime.Relayed;

/** Turns throwables into the one line a learner reads. Stateless. */
public final class Errors {
  private Errors() {}

  /**
   * {@code ArithmeticException: Division by zero}, or the bare class name when there is no message.
   */
  public static String oneLine(Throwable error) {
    if (error instanceof Relayed && error.getMessage() != null) {
      return error.getMessage().strip().lines().findFirst().orElse("");
    }
    String type = error.getClass().getSimpleName();
    String message = error.getMessage();
    if (message == null || message.isBlank()) {
      return type;
    }
    String first = message.strip().lines().findFirst().orElse("");
    return type + ": " + first;
  }

  /** True for the errors that mean "this task was interrupted". */
  public static boolean isInterruption(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }
}
