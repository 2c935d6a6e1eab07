package dev.conch.dsl;

import groovy.lang.MissingPropertyException;
import java.util.Optional;
import org.codehaus.groovy.runtime.StackTraceUtils;

/** What went wrong in learner code, in terms the shell can word. Stateless. */
public final class Problems {
  private Problems() {}

  /** The name of the variable a line used before setting it, when that is the error. */
  public static Optional<String> undefinedVariable(Throwable error) {
    if (error instanceof MissingPropertyException mpe
        && mpe.getType() != null
        && mpe.getType().getName().startsWith("Conch")) {
      return Optional.of(mpe.getProperty());
    }
    return Optional.empty();
  }

  /** The error with Groovy's own frames removed from its stack, for {@code /trace}. */
  public static Throwable sanitized(Throwable error) {
    return StackTraceUtils.deepSanitize(error);
  }
}
