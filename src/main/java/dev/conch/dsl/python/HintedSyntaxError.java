package dev.conch.dsl.python;

import org.codehaus.groovy.syntax.SyntaxException;

/**
 * A compile error a Conch check found, with advice for the learner ({@link Hint}); its message is
 * the English one. Immutable.
 */
public final class HintedSyntaxError extends SyntaxException {
  private static final long serialVersionUID = 1L;

  private final transient Hint hint;

  public HintedSyntaxError(String english, Hint hint, int line, int column) {
    super(english, line, column);
    this.hint = hint;
  }

  /** What to tell the learner. */
  public Hint hint() {
    return hint;
  }
}
