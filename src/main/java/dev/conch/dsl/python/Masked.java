package dev.conch.dsl.python;

import java.util.List;

/**
 * Code with the insides of its strings and its comments blanked out, so that patterns see only
 * code; {@code strings} are the [start, end) of each string literal, quotes included.
 */
record Masked(String text, String stringsOnly, List<int[]> strings) {
  /** The code with only the insides of its strings blanked, its comments left as they are. */
  Masked withComments() {
    return new Masked(stringsOnly, stringsOnly, strings);
  }

  /**
   * The code with Python's {@code #} comments blanked too, in both views: Groovy has no {@code #}
   * outside a string, so what follows one is prose ({@code x = 1 # this is it} has no Python {@code
   * is} in it).
   */
  Masked withoutHashComments() {
    return new Masked(hashBlanked(text), hashBlanked(stringsOnly), strings);
  }

  private static String hashBlanked(String view) {
    StringBuilder blanked = new StringBuilder(view);
    int hash = blanked.indexOf("#");
    while (hash >= 0) {
      int newline = blanked.indexOf("\n", hash);
      int end = newline < 0 ? blanked.length() : newline;
      blank(blanked, hash, end);
      hash = blanked.indexOf("#", end);
    }
    return blanked.toString();
  }

  static Masked of(String code) {
    StringBuilder text = new StringBuilder(code);
    StringBuilder stringsOnly = new StringBuilder(code);
    List<int[]> strings = new java.util.ArrayList<>();
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = blank(text, i, end < 0 ? n : end);
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = blank(text, i, end < 0 ? n : end + 2);
      } else if (c == '"' || c == '\'') {
        String quote = code.startsWith(String.valueOf(c).repeat(3), i) ? "" + c + c + c : "" + c;
        int from = i + quote.length();
        int closing = GroovyQuotes.closing(code, from, quote);
        int end = closing < 0 ? lineEnd(code, from, quote) : closing + quote.length();
        blank(text, from, closing < 0 ? end : closing);
        blank(stringsOnly, from, closing < 0 ? end : closing);
        strings.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    return new Masked(text.toString(), stringsOnly.toString(), strings);
  }

  private static int blank(StringBuilder text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != '\n') {
        text.setCharAt(i, ' ');
      }
    }
    return to;
  }

  /** Where an unclosed string ends: at its line's end, or at the end for a triple quote. */
  private static int lineEnd(String code, int from, String quote) {
    int newline = code.indexOf('\n', from);
    return newline < 0 || quote.length() == 3 ? code.length() : newline;
  }
}
