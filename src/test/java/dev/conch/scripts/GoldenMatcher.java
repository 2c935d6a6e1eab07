package dev.conch.scripts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Compares what a script printed with its golden file ({@code .expected}).
 *
 * <p>The golden file, one expectation a line:
 *
 * <ul>
 *   <li>a plain line must equal the printed line once durations are masked on both sides ({@code
 *       0.9 s}, {@code 1.23s}, {@code 350ms} all read {@code <time>});
 *   <li>{@code ~ regex}: the whole printed line, raw or masked, must match the Java regex;
 *   <li>{@code {unordered}} … {@code {end}}: as many printed lines as the block has, in any order;
 *   <li>{@code {oneof}} … {@code {end}}: one printed line that meets one of the alternatives;
 *   <li>a leading {@code \} makes the rest of the line plain text, for a line that would otherwise
 *       look like one of the above.
 * </ul>
 *
 * <p>Lines of a block may be plain or regexes; blocks do not nest. Immutable and thread-safe.
 */
final class GoldenMatcher {
  private static final Pattern DURATION =
      Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)?\\s?(?:ns|us|µs|ms|s)\\b");
  private static final String UNORDERED = "{unordered}";
  private static final String ONE_OF = "{oneof}";
  private static final String END = "{end}";

  /** One golden line: what it says as written, where it stands, and how it matches. */
  private record Expect(int goldenLine, String written, Pattern regex, String plain) {
    boolean matches(String actual) {
      if (regex != null) {
        return regex.matcher(actual).matches() || regex.matcher(mask(actual)).matches();
      }
      return mask(plain).equals(mask(actual));
    }

    String quoted() {
      return '"' + written + '"';
    }
  }

  /** One step of the golden file: a line, or a block of lines. */
  private sealed interface Item permits Single, Unordered, OneOf {}

  private record Single(Expect line) implements Item {}

  private record Unordered(List<Expect> lines) implements Item {}

  private record OneOf(List<Expect> alternatives) implements Item {}

  private final List<Item> items;

  private GoldenMatcher(List<Item> items) {
    this.items = items;
  }

  /**
   * Reads a golden file's text.
   *
   * @throws IllegalArgumentException naming the golden line of a malformed block or regex
   */
  static GoldenMatcher parse(String golden) {
    List<String> lines = new ArrayList<>(Arrays.asList(golden.split("\r?\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String text = lines.get(i);
      if (text.equals(UNORDERED) || text.equals(ONE_OF)) {
        int end = blockEnd(lines, i);
        List<Expect> block = new ArrayList<>();
        for (int j = i + 1; j < end; j++) {
          block.add(expect(j + 1, lines.get(j)));
        }
        items.add(text.equals(UNORDERED) ? new Unordered(block) : new OneOf(block));
        i = end + 1;
      } else if (text.equals(END)) {
        throw malformed(i + 1, END + " without " + UNORDERED + " or " + ONE_OF);
      } else {
        items.add(new Single(expect(i + 1, text)));
        i++;
      }
    }
    return new GoldenMatcher(List.copyOf(items));
  }

  private static int blockEnd(List<String> lines, int start) {
    for (int j = start + 1; j < lines.size(); j++) {
      String text = lines.get(j);
      if (text.equals(END)) {
        if (j == start + 1) {
          throw malformed(start + 1, lines.get(start) + " block is empty");
        }
        return j;
      }
      if (text.equals(UNORDERED) || text.equals(ONE_OF)) {
        throw malformed(j + 1, "blocks do not nest: " + text + " inside " + lines.get(start));
      }
    }
    throw malformed(start + 1, lines.get(start) + " has no " + END);
  }

  private static Expect expect(int goldenLine, String text) {
    if (text.startsWith("~ ")) {
      try {
        return new Expect(goldenLine, text, Pattern.compile(text.substring(2)), null);
      } catch (PatternSyntaxException e) {
        throw malformed(goldenLine, "bad regex: " + e.getDescription());
      }
    }
    String plain = text.startsWith("\\") ? text.substring(1) : text;
    return new Expect(goldenLine, text, null, plain);
  }

  private static IllegalArgumentException malformed(int goldenLine, String problem) {
    return new IllegalArgumentException("golden line " + goldenLine + ": " + problem);
  }

  /** Replaces every duration in {@code line} with {@code <time>}. */
  static String mask(String line) {
    return DURATION.matcher(line).replaceAll("<time>");
  }

  /**
   * Matches the printed lines against the golden file. Returns empty when they match, else why not:
   * the printed line's number, what the golden file expected there (and on which golden line) and
   * what was printed.
   */
  Optional<String> mismatch(List<String> actual) {
    int pos = 0;
    for (Item item : items) {
      Optional<String> problem =
          switch (item) {
            case Single s -> single(s.line(), actual, pos);
            case OneOf o -> oneOf(o.alternatives(), actual, pos);
            case Unordered u -> unordered(u.lines(), actual, pos);
          };
      if (problem.isPresent()) {
        return problem;
      }
      pos += item instanceof Unordered u ? u.lines().size() : 1;
    }
    if (pos < actual.size()) {
      return Optional.of(
          "line "
              + (pos + 1)
              + ": expected the end of the output but was \""
              + actual.get(pos)
              + '"');
    }
    return Optional.empty();
  }

  private static Optional<String> single(Expect line, List<String> actual, int pos) {
    String expected = line.quoted() + " (golden line " + line.goldenLine() + ")";
    if (pos >= actual.size()) {
      return Optional.of(ended(pos, expected, actual));
    }
    if (line.matches(actual.get(pos))) {
      return Optional.empty();
    }
    return Optional.of(wrong(pos, expected, actual));
  }

  private static Optional<String> oneOf(List<Expect> alternatives, List<String> actual, int pos) {
    String expected = "one of " + quoted(alternatives) + " (" + span(alternatives) + ")";
    if (pos >= actual.size()) {
      return Optional.of(ended(pos, expected, actual));
    }
    if (alternatives.stream().anyMatch(a -> a.matches(actual.get(pos)))) {
      return Optional.empty();
    }
    return Optional.of(wrong(pos, expected, actual));
  }

  private static Optional<String> unordered(List<Expect> lines, List<String> actual, int pos) {
    String where = "unordered, " + span(lines);
    if (pos + lines.size() > actual.size()) {
      String expected = lines.size() + " lines in any order (" + where + ")";
      return Optional.of(ended(pos, expected, actual));
    }
    int[] owner = assign(lines, actual.subList(pos, pos + lines.size()));
    boolean[] used = new boolean[lines.size()];
    for (int e : owner) {
      if (e >= 0) {
        used[e] = true;
      }
    }
    for (int k = 0; k < owner.length; k++) {
      if (owner[k] < 0) {
        List<Expect> left = new ArrayList<>();
        for (int e = 0; e < lines.size(); e++) {
          if (!used[e]) {
            left.add(lines.get(e));
          }
        }
        return Optional.of(wrong(pos + k, "any of " + quoted(left) + " (" + where + ")", actual));
      }
    }
    return Optional.empty();
  }

  /**
   * Pairs printed lines with expectations (a maximum bipartite matching, since regexes may
   * overlap). Returns, for each printed line, the index of its expectation or -1.
   */
  private static int[] assign(List<Expect> lines, List<String> printed) {
    int[] lineOf = new int[lines.size()];
    Arrays.fill(lineOf, -1);
    for (int k = 0; k < printed.size(); k++) {
      augment(k, lines, printed, lineOf, new boolean[lines.size()]);
    }
    int[] owner = new int[printed.size()];
    Arrays.fill(owner, -1);
    for (int e = 0; e < lineOf.length; e++) {
      if (lineOf[e] >= 0) {
        owner[lineOf[e]] = e;
      }
    }
    return owner;
  }

  private static boolean augment(
      int k, List<Expect> lines, List<String> printed, int[] lineOf, boolean[] seen) {
    for (int e = 0; e < lines.size(); e++) {
      if (!seen[e] && lines.get(e).matches(printed.get(k))) {
        seen[e] = true;
        if (lineOf[e] < 0 || augment(lineOf[e], lines, printed, lineOf, seen)) {
          lineOf[e] = k;
          return true;
        }
      }
    }
    return false;
  }

  private static String wrong(int pos, String expected, List<String> actual) {
    return "line " + (pos + 1) + ": expected " + expected + " but was \"" + actual.get(pos) + '"';
  }

  private static String ended(int pos, String expected, List<String> actual) {
    return "line "
        + (pos + 1)
        + ": expected "
        + expected
        + " but the output ended after "
        + actual.size()
        + " lines";
  }

  private static String quoted(List<Expect> lines) {
    return lines.stream().map(Expect::quoted).collect(Collectors.joining(" | "));
  }

  private static String span(List<Expect> lines) {
    int first = lines.get(0).goldenLine();
    int last = lines.get(lines.size() - 1).goldenLine();
    return first == last ? "golden line " + first : "golden lines " + first + "-" + last;
  }
}
