package dev.conch.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps plain text to a width in terminal cells at word boundaries, as a reader expects: a line
 * breaks after a space, or between two wide (Chinese) characters but not before closing punctuation
 * ({@code 、。，}), never inside a word unless the word alone is wider than the line. A line that lays
 * out a term and its explanation ({@code " spawn starts a task"}) continues under the explanation;
 * any other line continues under its own indent.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordWrap {
  /**
   * A hanging indent deeper than this part of the width is not kept: the text would be a column.
   */
  private static final double DEEPEST_HANG = 0.5;

  /** Chinese punctuation that must not begin a line. */
  private static final String CLOSING = "、。，；：？！）」』》〉】";

  private WordWrap() {}

  /** Each of {@code lines} wrapped to {@code width} cells; lines that fit stay as they are. */
  public static List<String> lines(List<String> lines, int width) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.addAll(line(line, width));
    }
    return out;
  }

  /**
   * {@code lines} of prose hard-wrapped for a wider screen, joined again where a sentence runs on
   * to the next line: a line is joined to the one before unless that one ends a sentence or a
   * clause ({@code . : ! ?} or their Chinese forms), or either line is blank or indented (a list or
   * code). Wrapping the result to a narrower width then gives even lines.
   */
  public static List<String> rejoin(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!out.isEmpty() && runsOn(out.getLast(), line)) {
        String last = out.removeLast();
        boolean wide = TextWidth.of(last.substring(last.length() - 1)) == 2;
        out.add(last + (wide ? "" : " ") + line.strip());
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean runsOn(String before, String line) {
    String end = before.stripTrailing();
    return !end.isEmpty()
        && !before.startsWith(" ")
        && !line.isBlank()
        && !line.startsWith(" ")
        && ".:!?。：！？".indexOf(end.charAt(end.length() - 1)) < 0;
  }

  /** {@code line} wrapped to {@code width} cells: one line or more, none wider than the width. */
  public static List<String> line(String line, int width) {
    if (width <= 0 || TextWidth.of(line) <= width) {
      return List.of(line);
    }
    String hang = " ".repeat(hangingIndent(line, width));
    List<String> out = new ArrayList<>();
    String rest = line;
    String lead = "";
    while (TextWidth.of(lead + rest) > width) {
      int cut = breakAt(rest, width - TextWidth.of(lead));
      out.add((lead + rest.substring(0, cut)).stripTrailing());
      rest = rest.substring(cut).stripLeading();
      lead = hang;
    }
    if (!rest.isEmpty()) {
      out.add(lead + rest);
    }
    return out;
  }

  /**
   * Where the continuation lines of {@code line} start: under the explanation of a term (after the
   * first run of two or more spaces past the indent), else under the line's own indent.
   */
  static int hangingIndent(String line, int width) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    int gap = line.indexOf("  ", indent);
    if (gap > indent) {
      int text = gap;
      while (text < line.length() && line.charAt(text) == ' ') {
        text++;
      }
      int hang = TextWidth.of(line.substring(0, text));
      if (text < line.length() && hang <= width * DEEPEST_HANG) {
        return hang;
      }
    }
    return TextWidth.of(line.substring(0, indent)) < width * DEEPEST_HANG
        ? TextWidth.of(line.substring(0, indent))
        : 0;
  }

  /**
   * The index in {@code text} at which to cut it so that its start fits {@code room} cells: after
   * the last space that fits, or between the last two wide characters that fit, else (one word
   * wider than the room) after as much as fits, at least one character.
   */
  private static int breakAt(String text, int room) {
    int used = 0;
    int lastBreak = -1;
    int previous = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int w = TextWidth.of(cp);
      if (cp == ' ') {
        lastBreak = i + 1;
      } else if (CLOSING.indexOf(cp) >= 0) {
        // Chinese punctuation never starts a line: no break before it
      } else if (w == 2 && i > 0) {
        lastBreak = i; // before a wide character
      } else if (previous == 2) {
        lastBreak = i; // after one
      }
      if (used + w > room) {
        break;
      }
      used += w;
      previous = w;
      i += Character.charCount(cp);
    }
    if (lastBreak > 0 && text.substring(0, lastBreak).strip().length() > 0) {
      return lastBreak;
    }
    return Math.max(i, text.offsetByCodePoints(0, 1));
  }
}
