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
  private final String key;
  private final String[] args;

  public CompileError(String problem, int line, int column, String sourceLine) {
    this(problem, line, column, sourceLine, null);
  }

  private CompileError(
      String problem, int line, int column, String sourceLine, String key, String... args) {
    super(problem);
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
    this.key = key;
    this.args = args.clone();
  }

  /**
   * Code Conch refuses for a reason it words in one line itself, {@code english}, from bundle entry
   * {@code key} filled with {@code args}; no line or column is shown.
   */
  public static CompileError refused(String key, String english, String... args) {
    return new CompileError(english, 0, 0, "", key, args);
  }

  /** The bundle entry that words a refusal, or null for Groovy's own compile errors. */
  public String key() {
    return key;
  }

  /** The values the refusal's message is filled in with. */
  public Object[] args() {
    return args.clone();
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
