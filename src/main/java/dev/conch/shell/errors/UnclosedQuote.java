package dev.conch.shell.errors;

import dev.conch.i18n.Messages;
import dev.conch.shell.GroovyLexer;
import java.util.Optional;

/**
 * The one-line error for typed code with a one-line string left open on its line ({@code x = [1,}
 * then {@code 'abc}): no later line could close it, so the prompt does not wait for one, and this
 * says which string and how to end it, as Python's "unterminated string literal". Stateless.
 */
public final class UnclosedQuote {
  /** How much of the string the error shows before it cuts the rest. */
  private static final int SHOWN = 20;

  private UnclosedQuote() {}

  /** The error line for {@code code}'s first string left open on its line, if it has one. */
  public static Optional<String> error(String code, Messages messages) {
    int at = GroovyLexer.scan(code).unclosedAt();
    if (at < 0) {
      return Optional.empty();
    }
    int lineStart = code.lastIndexOf('\n', at) + 1;
    int lineEnd = code.indexOf('\n', at);
    String string = code.substring(at, lineEnd < 0 ? code.length() : lineEnd).stripTrailing();
    if (string.length() > SHOWN) {
      string = string.substring(0, SHOWN) + "…";
    }
    long line = code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    String quote = String.valueOf(code.charAt(at));
    return Optional.of(
        messages.get(
            "error.unclosed.quote", line, at - lineStart + 1, string, quote, quote.repeat(3)));
  }
}
