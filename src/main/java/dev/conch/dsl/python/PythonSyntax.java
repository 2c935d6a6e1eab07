package dev.conch.dsl.python;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python written at the prompt, told apart from Groovy by its shape. Some of it Groovy would run,
 * wrongly or in part ({@code f"…{x}"} prints the braces, {@code with mutex: body} runs the body and
 * then fails, {@code global x} fails only when its method is called, {@code n // 2} is {@code n}
 * and a comment, {@code d = {}} is a closure, {@code "{}".format(a)} calls the static {@code
 * String.format}): that is refused before anything runs. The rest does not compile, and the
 * compiler's words are replaced by advice ({@code def sing():} says to use braces, {@code import
 * threading} that Conch needs no import). Stateless.
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

  private static final Pattern GLOBAL =
      Pattern.compile(IDENTIFIER_BEFORE + "(?:global|nonlocal)[ \\t]+([A-Za-z_]\\w*)");
  private static final Pattern LAMBDA =
      Pattern.compile(IDENTIFIER_BEFORE + "lambda\\b[\\w \\t,*]*:");
  private static final Pattern DEF =
      Pattern.compile("^\\s*def\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*(?:->\\s*\\w+\\s*)?:");
  private static final Pattern MAIN = Pattern.compile("^\\s*if\\s+__name__\\s*==");
  private static final Pattern ASYNC = Pattern.compile("^\\s*async\\s+(?:def|with|for)\\b");

  /** Python's for over a sequence, its body on the same line or the next. */
  private static final Pattern FOR_IN =
      Pattern.compile("^\\s*for\\s+\\w+(?:\\s*,\\s*\\w+)*\\s+in\\b.*:");

  /** A Python block: its keyword at a line's or statement's start, a colon, maybe its body. */
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?:^|;)\\s*(if|elif|else|for|while|try|except|finally|class)\\b"
              + "([^?{]*?):(?:\\s*$|[ \\t]+\\S)");

  private static final Pattern COMMENT = Pattern.compile("#");

  /** Python's floor division by a number, which Groovy reads as code and a comment. */
  private static final Pattern FLOOR_DIVISION =
      Pattern.compile("(?m)([\\w)\\]])[ \\t]*//[ \\t]*(\\d[\\d_]*)[ \\t]*$");

  /** Python's and, or between two values: Groovy reads them as a method call on the first. */
  private static final Pattern AND_OR =
      Pattern.compile("(?<=[\\w)\\]\"'])[ \\t]+(and|or)[ \\t]+(?=[\\w(!\\[\"'-])");

  /** Python's is and is not between two values, which Groovy reads as a command chain. */
  private static final Pattern IS =
      Pattern.compile("(?<=[\\w)\\]\"'])[ \\t]+(is(?:[ \\t]+not)?)[ \\t]+(?=[\\w(\\[\"'-])");

  /** Python's empty dict, which Groovy takes for a closure that does nothing. */
  private static final Pattern EMPTY_DICT =
      Pattern.compile(
          "(?m)(?:^|;)[ \\t]*(?:def[ \\t]+)?([A-Za-z_]\\w*)[ \\t]*=[ \\t]*\\{[ \\t]*\\}[ \\t]*(?:;|$)");

  private static final Pattern RAISE = Pattern.compile("(?m)^[ \\t]*raise[ \\t]+([A-Za-z_]\\w*)");
  private static final Pattern UNPACK =
      Pattern.compile("^\\s*[A-Za-z_]\\w*\\s*(?:,\\s*[A-Za-z_]\\w*\\s*)+=(?!=)");
  private static final Pattern COMPREHENSION =
      Pattern.compile("\\[[^\\]]*\\bfor\\s+\\w+(?:\\s*,\\s*\\w+)*\\s+in\\b");
  private static final Pattern SLICE =
      Pattern.compile("[\\w)\\]]\\[[ \\t]*-?[\\w.]*[ \\t]*:[ \\t]*-?[\\w.]*[ \\t]*\\]");

  /** A Python import: {@code import threading}, {@code from multiprocessing import Pool}. */
  private static final Pattern IMPORT =
      Pattern.compile(
          "^\\s*(?:from\\s+([A-Za-z_][\\w.]*)\\s+import\\b"
              + "|import\\s+([a-z_]\\w*(?:\\.[a-z_]\\w*)*)(?:\\s+as\\s+\\w+)?\\s*(?:;|$))");

  /** Python's conditional expression, a if c else b (an if after a value, no braces). */
  private static final Pattern CONDITIONAL =
      Pattern.compile("(?:[)\\]\"']|\\b(?!else\\b)\\w+)[ \\t]+if[ \\t]+[^{]+?[ \\t]else\\b");

  /** A Python dict literal with a text or number key: {"a": 1}. */
  private static final Pattern DICT =
      Pattern.compile("\\{[ \\t]*(?:\"[ \\t]*\"|'[ \\t]*'|\\d+)[ \\t]*:");

  /** A Python tuple: (1, 2) or (x,) where a value goes, not a call's or a lambda's parentheses. */
  private static final Pattern TUPLE =
      Pattern.compile("(?:^|[=(,:\\[]|\\breturn)[ \\t]*\\((?:[^()]*,)+[^()]*\\)(?![ \\t]*->)");

  private static final Pattern CONVERSION =
      Pattern.compile(IDENTIFIER_BEFORE + "(int|float)\\s*\\(");
  private static final Pattern PRINT =
      Pattern.compile(IDENTIFIER_BEFORE + "print(?![\\w$])\\s*[(\"'\\w$\\[]");

  private PythonSyntax() {}

  /** The error for Python that Groovy would run wrongly or in part, if {@code code} has some. */
  public static Optional<HintedSyntaxError> refused(String code) {
    Masked masked = Masked.of(code);
    for (int[] string : masked.strings()) {
      int start = string[0];
      int end = string[1];
      if (start >= 1
          && (code.charAt(start - 1) == 'f' || code.charAt(start - 1) == 'F')
          && (start < 2 || !isNamePart(code.charAt(start - 2)))) {
        String literal = code.substring(start, end);
        String groovy = literal.replaceAll("(?<!\\$)\\{", "\\${");
        return Optional.of(at(code, start - 1, Hint.of("python.fstring", groovy), "f-string"));
      }
      int next = skipSpaces(masked.text(), end);
      if (next + 1 < code.length() && code.charAt(next) == '%' && code.charAt(next + 1) != '=') {
        return Optional.of(
            at(code, next, Hint.of("python.percent", code.substring(start, end)), "% format"));
      }
      // a Groovy String has no join of its own: ", ".join(xs) is Python's, the other way round
      if (code.startsWith(".join(", next)) {
        return Optional.of(
            at(code, start, Hint.of("python.join", code.substring(start, end)), "str.join"));
      }
      // String.format is static: "{} {}".format(a, b) would format a with b, not the text
      if (code.startsWith(".format(", next)) {
        return Optional.of(
            at(code, start, Hint.of("python.format", code.substring(start, end)), "str.format"));
      }
    }
    Optional<HintedSyntaxError> with =
        find(WITH, masked, code, m -> withHint(code.substring(m.start(1), m.end(1)).strip(), m));
    if (with.isPresent()) {
      return with;
    }
    Optional<HintedSyntaxError> global =
        find(GLOBAL, masked, code, m -> Hint.of("python.global", m.group(1)));
    if (global.isPresent()) {
      return global;
    }
    Optional<HintedSyntaxError> lambda = find(LAMBDA, masked, code, m -> Hint.of("python.lambda"));
    if (lambda.isPresent()) {
      return lambda;
    }
    // comments count here: Groovy takes `// 2` for one, and runs n alone
    Optional<HintedSyntaxError> floor =
        find(FLOOR_DIVISION, masked.withComments(), code, m -> Hint.of("python.floordiv"));
    if (floor.isPresent()) {
      return floor;
    }
    Optional<HintedSyntaxError> andOr =
        find(
            AND_OR,
            masked,
            code,
            m -> Hint.of("python.andor", m.group(1), m.group(1).equals("and") ? "&&" : "||"));
    if (andOr.isPresent()) {
      return andOr;
    }
    Optional<HintedSyntaxError> is = find(IS, masked, code, m -> Hint.of("python.is"));
    if (is.isPresent()) {
      return is;
    }
    Optional<HintedSyntaxError> emptyDict =
        find(EMPTY_DICT, masked, code, m -> Hint.of("python.emptydict", m.group(1)));
    return emptyDict.isPresent()
        ? emptyDict
        : find(RAISE, masked, code, m -> Hint.of("python.raise", m.group(1)));
  }

  /**
   * What Groovy writes for Python's {@code with target as name:}: a pool or executor takes the
   * block and shuts down when it ends; anything else is taken for a lock.
   */
  private static Hint withHint(String target, Matcher with) {
    Matcher pool = WITH_POOL.matcher(target);
    if (!pool.matches()) {
      return Hint.of("python.with", target);
    }
    String type = pool.group(1);
    boolean executor = type.endsWith("Executor");
    boolean processes = type.equals("Pool") || type.startsWith("Process");
    String name = with.group(2) != null ? with.group(2) : executor ? "ex" : "p";
    String options =
        pool.group(2).isEmpty()
            ? processes ? "kind: 'process'" : ""
            : processes ? pool.group(2) + ", kind: 'process'" : pool.group(2);
    String groovy = (executor ? "executor" : "pool") + "(" + options + ") { " + name + " -> … }";
    return Hint.of("python.with.pool", groovy);
  }

  /** Whether {@code code} prints with {@code print}, which, unlike Python's, adds no newline. */
  public static boolean printsWithoutNewline(String code) {
    return PRINT.matcher(Masked.of(code).text()).find();
  }

  /**
   * Advice for code that does not compile at line {@code line} (from 1), when that line is Python
   * ({@code def sing():}, {@code for i in range(3):}, a {@code #} comment).
   */
  public static Optional<Hint> explain(String code, int line) {
    List<String> lines = Masked.of(code).text().lines().toList();
    return line < 1 || line > lines.size() ? Optional.empty() : hintFor(lines.get(line - 1));
  }

  private static Optional<Hint> hintFor(String line) {
    Matcher imported = IMPORT.matcher(line);
    if (imported.find()) {
      String module = imported.group(1) != null ? imported.group(1) : imported.group(2);
      return Optional.of(Hint.of("python.import", module));
    }
    if (ASYNC.matcher(line).find()) {
      return Optional.of(Hint.of("python.async"));
    }
    Matcher def = DEF.matcher(line);
    if (def.find()) {
      return Optional.of(Hint.of("python.def", def.group(1), def.group(2).strip()));
    }
    if (MAIN.matcher(line).find()) {
      return Optional.of(Hint.of("python.main"));
    }
    if (FOR_IN.matcher(line).find()) {
      return Optional.of(Hint.of("python.block", "for", groovyBlock("for")));
    }
    Matcher block = BLOCK.matcher(line);
    if (block.find()) {
      return Optional.of(Hint.of("python.block", block.group(1), groovyBlock(block.group(1))));
    }
    if (COMMENT.matcher(line).find()) {
      return Optional.of(Hint.of("python.comment"));
    }
    if (UNPACK.matcher(line).find()) {
      return Optional.of(Hint.of("python.unpack"));
    }
    if (COMPREHENSION.matcher(line).find()) {
      return Optional.of(Hint.of("python.comprehension"));
    }
    if (SLICE.matcher(line).find()) {
      return Optional.of(Hint.of("python.slice"));
    }
    if (CONDITIONAL.matcher(line).find()) {
      return Optional.of(Hint.of("python.conditional"));
    }
    if (DICT.matcher(line).find()) {
      return Optional.of(Hint.of("python.dict"));
    }
    Optional<PythonEquivalents.Equivalent> call = PythonEquivalents.calledIn(line);
    if (call.isPresent()) {
      return Optional.of(Hint.of("python.instead", call.get().python(), call.get().conch()));
    }
    if (TUPLE.matcher(line).find()) {
      return Optional.of(Hint.of("python.tuple"));
    }
    Matcher conversion = CONVERSION.matcher(line);
    if (conversion.find()) {
      String type = conversion.group(1);
      return Optional.of(Hint.of("python.cast", type, type.equals("int") ? "int" : "double"));
    }
    return Optional.empty();
  }

  /** How Groovy writes the block a Python keyword opens. */
  private static String groovyBlock(String keyword) {
    return switch (keyword) {
      case "if" -> "if (x) { … }";
      case "elif" -> "else if (x) { … }";
      case "else" -> "else { … }";
      case "for" -> "for (i in 0..<3) { … }";
      case "while" -> "while (x) { … }";
      case "class" -> "class A extends B { … }";
      default -> "try { … } catch (e) { … } finally { … }";
    };
  }

  private static Optional<HintedSyntaxError> find(
      Pattern pattern, Masked masked, String code, Function<Matcher, Hint> hint) {
    Matcher m = pattern.matcher(masked.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start() + (m.group().length() - m.group().stripLeading().length());
    return Optional.of(at(code, start, hint.apply(m), m.group().strip()));
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

  /**
   * Code with the insides of its strings and its comments blanked out, so that patterns see only
   * code; {@code strings} are the [start, end) of each string literal, quotes included.
   */
  private record Masked(String text, String stringsOnly, List<int[]> strings) {
    /** The code with only the insides of its strings blanked, its comments left as they are. */
    Masked withComments() {
      return new Masked(stringsOnly, stringsOnly, strings);
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
}
