package dev.conch.dsl.compile;

import dev.conch.dsl.python.Hint;
import java.util.Optional;

/**
 * Code that does not compile, or that Conch will not run (Python written at the prompt, a class
 * that extends Thread): where (line and column, from 1) and what is wrong, in one line, with the
 * offending source line for the caret, and advice in the learner's language when Conch knows better
 * words than the compiler's. Immutable.
 */
public final class CompileError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String sourceLine;
  private final transient Hint hint;
  private final String key;
  private final String[] args;

  public CompileError(String problem, int line, int column, String sourceLine) {
    this(problem, line, column, sourceLine, null);
  }

  /** An error whose words for the learner are {@code hint} (null for the compiler's own). */
  public CompileError(String problem, int line, int column, String sourceLine, Hint hint) {
    this(problem, line, column, sourceLine, hint, null);
  }

  private CompileError(
      String problem,
      int line,
      int column,
      String sourceLine,
      Hint hint,
      String key,
      String... args) {
    super(problem);
    this.line = line;
    this.column = column;
    this.sourceLine = sourceLine;
    this.hint = hint;
    this.key = key;
    this.args = args.clone();
  }

  /**
   * Code Conch refuses for a reason it words in one line itself, {@code english}, from bundle entry
   * {@code key} filled with {@code args}; no line or column is shown.
   */
  public static CompileError refused(String key, String english, String... args) {
    return new CompileError(english, 0, 0, "", null, key, args);
  }

  /** The bundle entry that words a refusal, or null for other compile errors. */
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

  /** This error with {@code advice} for the learner. */
  public CompileError withHint(Hint advice) {
    return new CompileError(getMessage(), line, column, sourceLine, advice, key, args);
  }

  /** What to tell the learner instead of the compiler's message, if Conch knows. */
  public Optional<Hint> hint() {
    return Optional.ofNullable(hint);
  }
}
