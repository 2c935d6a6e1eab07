package dev.conch.dsl.python;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python written at the prompt that Groovy would run, wrongly or in part: {@code f"…{x}"} prints
 * the braces, {@code with mutex: body} runs the body and then fails, {@code global x} fails only
 * when its method is called, {@code n // 2} is {@code n} and a comment, {@code d = {}} is a
 * closure, {@code "{}".format(a)} calls the static {@code String.format}. That is refused before
 * anything runs, with advice. Python that does not compile gets its advice from {@link
 * PythonAdvice}. Stateless.
 */
public final class PythonSyntax {
  private static final String IDENTIFIER_BEFORE = "(?<![\\w.$])";

  private static final Pattern WITH =
      Pattern.compile("(?m)^[ \\t]*with\\s+(.+?)(?:\\s+as\\s+(\\w+))?\\s*:");

  /** A pool a with block opens: Python's Pool(4), ThreadPool(4), ThreadPoolExecutor(4), … */
  private static final Pattern WITH_POOL =
      Pattern.compile(
          "(?:[\\w.]+\\.)?(Pool|ThreadPool|ThreadPoolExecutor|ProcessPoolExecutor)\\s*\\("
              + "(?:\\s*(?:processes|max_workers)\\s*=)?\\s*(\\d*)[^)]*\\)");

  /** A file a with block opens: Python's open('db', 'w'). */
  private static final Pattern WITH_OPEN = Pattern.compile("open\\s*\\(\\s*([^,)]*)(,[^)]*)?\\)");

  private static final Pattern PRINT =
      Pattern.compile(IDENTIFIER_BEFORE + "print(?![\\w$])\\s*[(\"'\\w$\\[]");

  /** A call of {@code input}, whose prompt a {@code print} before it may be. */
  private static final Pattern INPUT = Pattern.compile(IDENTIFIER_BEFORE + "input\\s*\\(");

  /**
   * One shape Groovy would run wrongly, the hint for a match (given the code too), and whether
   * comments count: Groovy takes {@code // 2} for one, and runs {@code n} alone.
   */
  private record Refusal(
      Pattern pattern, BiFunction<Matcher, String, Hint> hint, boolean inComments) {
    static Refusal of(String regex, BiFunction<Matcher, String, Hint> hint) {
      return new Refusal(Pattern.compile(regex), hint, false);
    }
  }

  /** The shapes in the order they are tried. */
  private static final List<Refusal> REFUSALS =
      List.of(
          new Refusal(
              WITH, (m, code) -> withHint(code.substring(m.start(1), m.end(1)).strip(), m), false),
          Refusal.of(
              IDENTIFIER_BEFORE + "(?:global|nonlocal)[ \\t]+([A-Za-z_]\\w*)",
              (m, code) -> Hint.of("python.global", m.group(1))),
          Refusal.of(
              IDENTIFIER_BEFORE + "lambda\\b[\\w \\t,*]*:", (m, code) -> Hint.of("python.lambda")),
          // floor division by a number
          new Refusal(
              Pattern.compile("(?m)([\\w)\\]])[ \\t]*//[ \\t]*(\\d[\\d_]*)[ \\t]*$"),
              (m, code) -> Hint.of("python.floordiv"),
              true),
          // and, or between two values: Groovy reads them as a method call on the first
          Refusal.of(
              "(?<=[\\w)\\]\"'])[ \\t]+(and|or)[ \\t]+(?=[\\w(!\\[\"'-])",
              (m, code) ->
                  Hint.of("python.andor", m.group(1), m.group(1).equals("and") ? "&&" : "||")),
          // is and is not between two values, which Groovy reads as a command chain
          Refusal.of(
              "(?<=[\\w)\\]\"'])[ \\t]+(is(?:[ \\t]+not)?)[ \\t]+(?=[\\w(\\[\"'-])",
              (m, code) -> Hint.of("python.is")),
          // the empty dict, which Groovy takes for a closure that does nothing
          Refusal.of(
              "(?m)(?:^|;)[ \\t]*(?:def[ \\t]+)?([A-Za-z_]\\w*)[ \\t]*=[ \\t]*\\{[ \\t]*\\}"
                  + "[ \\t]*(?:;|$)",
              (m, code) -> Hint.of("python.emptydict", m.group(1))),
          Refusal.of(
              "(?m)^[ \\t]*raise[ \\t]+([A-Za-z_]\\w*)",
              (m, code) -> Hint.of("python.raise", m.group(1))),
          // del, which Groovy reads as a call of a method named del
          Refusal.of(
              "(?m)^[ \\t]*del[ \\t]+([A-Za-z_]\\w*)[ \\t]*(\\[)?",
              (m, code) ->
                  m.group(2) != null
                      ? Hint.of("python.del.item", m.group(1))
                      : Hint.of("python.del.name", m.group(1))));

  private PythonSyntax() {}

  /** The error for Python that Groovy would run wrongly or in part, if {@code code} has some. */
  public static Optional<HintedSyntaxError> refused(String code) {
    Masked masked = Masked.of(code);
    Optional<HintedSyntaxError> string = refusedString(code, masked);
    if (string.isPresent()) {
      return string;
    }
    Masked prose = masked.withoutHashComments();
    for (Refusal refusal : REFUSALS) {
      Masked seen = refusal.inComments() ? prose.withComments() : prose;
      Matcher m = refusal.pattern().matcher(seen.text());
      if (m.find()) {
        int start = m.start() + (m.group().length() - m.group().stripLeading().length());
        return Optional.of(at(code, start, refusal.hint().apply(m, code), m.group().strip()));
      }
    }
    return Optional.empty();
  }

  /** A string literal used as Python uses it: an f-string, % formatting, join or format. */
  private static Optional<HintedSyntaxError> refusedString(String code, Masked masked) {
    for (int[] string : masked.strings()) {
      int start = string[0];
      int end = string[1];
      String literal = code.substring(start, end);
      if (start >= 1
          && (code.charAt(start - 1) == 'f' || code.charAt(start - 1) == 'F')
          && (start < 2 || !isNamePart(code.charAt(start - 2)))) {
        String groovy = literal.replaceAll("(?<!\\$)\\{", "\\${");
        return Optional.of(at(code, start - 1, Hint.of("python.fstring", groovy), "f-string"));
      }
      int next = skipSpaces(masked.text(), end);
      if (next + 1 < code.length() && code.charAt(next) == '%' && code.charAt(next + 1) != '=') {
        return Optional.of(at(code, next, Hint.of("python.percent", literal), "% format"));
      }
      // a Groovy String has no join of its own: ", ".join(xs) is Python's, the other way round
      if (code.startsWith(".join(", next)) {
        return Optional.of(at(code, start, Hint.of("python.join", literal), "str.join"));
      }
      // String.format is static: "{} {}".format(a, b) would format a with b, not the text
      if (code.startsWith(".format(", next)) {
        return Optional.of(at(code, start, Hint.of("python.format", literal), "str.format"));
      }
    }
    return Optional.empty();
  }

  /**
   * What Groovy writes for Python's {@code with target as name:}: a file opened is read or written
   * in a block; a pool or executor takes the block and shuts down when it ends; anything else is
   * taken for a lock.
   */
  private static Hint withHint(String target, Matcher with) {
    Matcher open = WITH_OPEN.matcher(target);
    if (open.matches()) {
      String name = with.group(2) != null ? with.group(2) : "f";
      boolean writes = open.group(2) != null && open.group(2).matches(".*['\"][wa]b?['\"].*");
      String groovy =
          "new File(" + open.group(1).strip() + ")." + (writes ? "withWriter" : "withReader");
      return Hint.of("python.with.open", groovy + " { " + name + " -> … }");
    }
    Matcher pool = WITH_POOL.matcher(target);
    if (!pool.matches()) {
      return Hint.of("python.with", target);
    }
    String type = pool.group(1);
    boolean executor = type.endsWith("Executor");
    String name = with.group(2);
    if (name == null) {
      name = executor ? "ex" : "p";
    }
    String count = pool.group(2);
    String kind = type.equals("Pool") || type.startsWith("Process") ? "kind: 'process'" : "";
    String options = count.isEmpty() || kind.isEmpty() ? count + kind : count + ", " + kind;
    String groovy = (executor ? "executor" : "pool") + "(" + options + ") { " + name + " -> … }";
    return Hint.of("python.with.pool", groovy);
  }

  /**
   * Whether {@code code} prints with {@code print}, which, unlike Python's, adds no newline; not
   * when it reads a line with {@code input}, whose prompt that print then is.
   */
  public static boolean printsWithoutNewline(String code) {
    String masked = Masked.of(code).text();
    return PRINT.matcher(masked).find() && !INPUT.matcher(masked).find();
  }

  /** A refusal at offset {@code index} of {@code code}. */
  private static HintedSyntaxError at(String code, int index, Hint hint, String what) {
    int lineStart = code.lastIndexOf('\n', index - 1) + 1;
    int line = (int) code.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    return new HintedSyntaxError("Python: " + what, hint, line, index - lineStart + 1);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isNamePart(char c) {
    return Character.isJavaIdentifierPart(c) || c == '.';
  }
}
