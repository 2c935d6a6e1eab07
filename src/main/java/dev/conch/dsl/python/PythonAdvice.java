package dev.conch.dsl.python;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice for a line that does not compile because it is Python: in place of the compiler's words
 * ("Unexpected input"), how Groovy writes it ({@code def sing():} takes braces, {@code import
 * threading} is not needed, {@code {"a": 1}} is {@code ["a": 1]}). What Groovy would run wrongly is
 * refused before that, by {@link PythonSyntax}. Stateless.
 */
public final class PythonAdvice {
  /** One shape of Python and the hint for a line that has it. */
  private record Rule(Pattern pattern, Function<Matcher, Hint> hint) {
    static Rule of(String regex, Function<Matcher, Hint> hint) {
      return new Rule(Pattern.compile(regex), hint);
    }

    static Rule of(String regex, String key) {
      return of(regex, m -> Hint.of(key));
    }
  }

  /** The shapes in the order they are tried: the first that a line has gives its hint. */
  private static final List<Rule> BEFORE_CALLS =
      List.of(
          // a Python import: import threading, from multiprocessing import Pool
          Rule.of(
              "^\\s*(?:from\\s+([A-Za-z_][\\w.]*)\\s+import\\b"
                  + "|import\\s+([a-z_]\\w*(?:\\.[a-z_]\\w*)*)(?:\\s+as\\s+\\w+)?\\s*(?:;|$))",
              m -> Hint.of("python.import", m.group(1) != null ? m.group(1) : m.group(2))),
          Rule.of("^\\s*async\\s+(?:def|with|for)\\b", "python.async"),
          Rule.of(
              "^\\s*def\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*(?:->\\s*\\w+\\s*)?:",
              m -> Hint.of("python.def", m.group(1), m.group(2).strip())),
          Rule.of("^\\s*if\\s+__name__\\s*==", "python.main"),
          // for over a sequence, its body on the same line or the next
          Rule.of(
              "^\\s*for\\s+\\w+(?:\\s*,\\s*\\w+)*\\s+in\\b.*:",
              m -> Hint.of("python.block", "for", groovyBlock("for"))),
          // a block: its keyword at a line's or statement's start, a colon, maybe its body
          Rule.of(
              "(?:^|;)\\s*(if|elif|else|for|while|try|except|finally|class)\\b"
                  + "([^?{]*?):(?:\\s*$|[ \\t]+\\S)",
              m -> Hint.of("python.block", m.group(1), groovyBlock(m.group(1)))),
          Rule.of("#", "python.comment"),
          Rule.of("^\\s*[A-Za-z_]\\w*\\s*(?:,\\s*[A-Za-z_]\\w*\\s*)+=(?!=)", "python.unpack"),
          Rule.of("\\[[^\\]]*\\bfor\\s+\\w+(?:\\s*,\\s*\\w+)*\\s+in\\b", "python.comprehension"),
          Rule.of("[\\w)\\]]\\[[ \\t]*-?[\\w.]*[ \\t]*:[ \\t]*-?[\\w.]*[ \\t]*\\]", "python.slice"),
          // a if c else b: an if after a value, with no braces
          Rule.of(
              "(?:[)\\]\"']|\\b(?!else\\b)\\w+)[ \\t]+if[ \\t]+[^{]+?[ \\t]else\\b",
              "python.conditional"),
          // a dict with a text or number key (the insides of strings are blanked)
          Rule.of("\\{[ \\t]*(?:\"[ \\t]*\"|'[ \\t]*'|\\d+)[ \\t]*:", "python.dict"));

  /** Tried after a module function the table knows: its row says more than these. */
  private static final List<Rule> AFTER_CALLS =
      List.of(
          // (1, 2) or (x,) where a value goes: not a call's parentheses, nor a lambda's
          Rule.of(
              "(?:^|[=(,:\\[]|\\breturn)[ \\t]*\\((?:[^()]*,)+[^()]*\\)(?![ \\t]*->)",
              "python.tuple"),
          Rule.of(
              "(?<![\\w.$])(int|float)\\s*\\(",
              m ->
                  Hint.of("python.cast", m.group(1), m.group(1).equals("int") ? "int" : "double")));

  /**
   * The hints of a line that opens a Python block whose body follows it, indented: a {@code def},
   * {@code for}, {@code if}, … or {@code async} explained here, a {@code with} refused by {@link
   * PythonSyntax}.
   */
  private static final Set<String> BLOCK_OPENERS =
      Set.of(
          "python.def",
          "python.block",
          "python.async",
          "python.with",
          "python.with.pool",
          "python.with.open");

  private PythonAdvice() {}

  /** Whether {@code hint} is for a line that opens a Python block, its body to follow indented. */
  public static boolean opensBlock(Hint hint) {
    return BLOCK_OPENERS.contains(hint.key());
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
    return firstOf(BEFORE_CALLS, line)
        .or(
            () ->
                PythonEquivalents.calledIn(line)
                    .map(row -> Hint.of("python.instead", row.python(), row.conch())))
        .or(() -> firstOf(AFTER_CALLS, line));
  }

  private static Optional<Hint> firstOf(List<Rule> rules, String line) {
    for (Rule rule : rules) {
      Matcher m = rule.pattern().matcher(line);
      if (m.find()) {
        return Optional.of(rule.hint().apply(m));
      }
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
}
