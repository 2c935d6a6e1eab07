package dev.conch.dsl;

import dev.conch.dsl.python.Hint;
import java.util.Optional;

/**
 * Code that does not compile, or that Conch will not run (Python written at the prompt): where
 * (line and column, from 1) and what is wrong, in one line, with the offending source line for the
 * caret, and advice in the learner's language when Conch knows better words than the compiler's.
 * Immutable.
 */
public final class CompileError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String sourceLine;
  private final transient Hint hint;

  public CompileError(String problem, int line, int column, String sourceLine) {
    this(problem, line, column, sourceLine, null);
  }

  /** An error whose words for the learner are {@code hint} (null for the compiler's own). */
  public CompileError(String problem, int line, int column, String sourceLine, Hint hint) {
    super(problem);
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
    this.hint = hint;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The text of the line at fault, or empty when unknown. */
  public String sourceLine() {
    return sourceLine;
  }

  /** This error with {@code advice} for the learner. */
  public CompileError withHint(Hint advice) {
    return new CompileError(getMessage(), line, column, sourceLine, advice);
  }

  /** What to tell the learner instead of the compiler's message, if Conch knows. */
  public Optional<Hint> hint() {
    return Optional.ofNullable(hint);
  }
}
