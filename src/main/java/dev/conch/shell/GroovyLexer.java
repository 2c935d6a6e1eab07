package dev.conch.shell;

import dev.conch.dsl.python.GroovyQuotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small Groovy scanner for the prompt: splits a line into coloured spans and tells whether the
 * code is still open (an unclosed bracket, string or comment), so the prompt asks for more lines.
 * Not a parser: the compiler has the last word. Stateless.
 */
public final class GroovyLexer {
  enum Kind {
    KEYWORD,
    STRING,
    NUMBER,
    COMMENT,
    WORD,
    OTHER
  }

  record Span(int start, int end, Kind kind) {}

  /**
   * The result of a scan: spans in order, whether input is still open (more lines could close it),
   * and where the first quote that opens a one-line string never closed on its line is (Python's
   * {@code 'it's'}), or -1. No later line can close such a quote.
   */
  public record Scan(List<Span> spans, boolean open, int unclosedAt) {
    /** Whether a one-line string is left open: the input is wrong whatever comes next. */
    public boolean unclosedQuote() {
      return unclosedAt >= 0;
    }
  }

  static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "as",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "continue",
          "def",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "false",
          "final",
          "finally",
          "float",
          "for",
          "if",
          "implements",
          "import",
          "in",
          "instanceof",
          "int",
          "interface",
          "long",
          "new",
          "null",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "trait",
          "true",
          "try",
          "var",
          "void",
          "volatile",
          "while",
          "yield");

  private GroovyLexer() {}

  public static Scan scan(String text) {
    List<Span> spans = new ArrayList<>();
    int depth = 0;
    boolean open = false;
    int unclosedAt = -1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int start = i;
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        i = indexOrEnd(text, "\n", i);
        spans.add(new Span(start, i, Kind.COMMENT));
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        open |= close < 0;
        i = close < 0 ? n : close + 2;
        spans.add(new Span(start, i, Kind.COMMENT));
      } else if (c == '"' || c == '\'') {
        String quote =
            text.startsWith(String.valueOf(c).repeat(3), i)
                ? String.valueOf(c).repeat(3)
                : String.valueOf(c);
        int close = GroovyQuotes.closing(text, i + quote.length(), quote);
        boolean oneLine = quote.length() == 1;
        open |= close < 0 && !oneLine;
        if (close < 0 && oneLine && unclosedAt < 0) {
          unclosedAt = start;
        }
        // a one-line string ends with its line, closed or not: the next line is code again
        i = close >= 0 ? close + quote.length() : oneLine ? lineEnd(text, i + 1) : n;
        spans.add(new Span(start, i, Kind.STRING));
      } else if (Character.isDigit(c)) {
        while (i < n
            && (Character.isLetterOrDigit(text.charAt(i))
                || text.charAt(i) == '_'
                || text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
          i++;
        }
        spans.add(new Span(start, i, Kind.NUMBER));
      } else if (Character.isJavaIdentifierStart(c)) {
        while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
          i++;
        }
        String word = text.substring(start, i);
        spans.add(new Span(start, i, KEYWORDS.contains(word) ? Kind.KEYWORD : Kind.WORD));
      } else {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
        i++;
        spans.add(new Span(start, i, Kind.OTHER));
      }
    }
    return new Scan(spans, open || depth > 0 || endsWithContinuation(text), unclosedAt);
  }

  private static boolean endsWithContinuation(String text) {
    String t = text.stripTrailing();
    return t.endsWith("\\");
  }

  /**
   * The end of the line {@code from} is on, past backslash-escaped line ends as Groovy reads them.
   */
  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, text.length());
  }

  private static int indexOrEnd(String text, String what, int from) {
    int at = text.indexOf(what, from);
    return at < 0 ? text.length() : at;
  }
}
