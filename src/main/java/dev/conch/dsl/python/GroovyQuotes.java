package dev.conch.dsl.python;

/**
 * Where a Groovy string literal ends, for the scanners that read a line before it compiles (the
 * Python checks here, the shell's highlighter and continuation): a backslash escapes the next
 * character, and a single-quoted or double-quoted string cannot cross a line's end, while a
 * triple-quoted one can. Stateless.
 */
public final class GroovyQuotes {
  private GroovyQuotes() {}

  /**
   * The index of the {@code quote} ({@code '}, {@code "}, {@code '''} or {@code """}) that closes
   * the string whose text starts at {@code from}, or -1 when it is not closed.
   */
  public static int closing(String code, int from, String quote) {
    int i = from;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (code.startsWith(quote, i)) {
        return i;
      } else if (c == '\n' && quote.length() == 1) {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }
}
