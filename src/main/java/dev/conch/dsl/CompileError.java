package dev.conch.dsl;

/**
 * Code that does not compile: where (line and column, from 1) and what is wrong, in one line, with
 * the offending source line for the caret. Immutable.
 */
public final class CompileError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String sourceLine;

  public CompileError(String problem, int line, int column, String sourceLine) {
    super(problem);
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
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
}
