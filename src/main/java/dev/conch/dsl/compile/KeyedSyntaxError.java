package dev.conch.dsl.compile;

import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Code Conch refuses while compiling it, for a reason it words itself: the English line, and the
 * message key and values that say it in the learner's language. Immutable.
 */
public final class KeyedSyntaxError extends SyntaxException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String[] args;

  /** A refusal of {@code node}, worded by bundle entry {@code key} filled with {@code args}. */
  KeyedSyntaxError(String key, String english, ASTNode node, String... args) {
    super(english, node);
    this.key = key;
    this.args = args.clone();
  }

  public String key() {
    return key;
  }

  public String[] args() {
    return args.clone();
  }
}
