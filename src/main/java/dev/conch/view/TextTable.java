package dev.conch.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table: a header line and a line per row, columns two spaces apart and as wide as their
 * widest cell (Chinese characters counting twice), some aligned right. Stateless and thread-safe.
 */
public final class TextTable {
  private TextTable() {}

  /**
   * The header and the rows, without a final line break; the last column is not padded.
   *
   * @param headers the column headers, in the learner's language
   * @param rows the cells, as many per row as there are headers
   * @param right which columns are aligned right (numbers)
   */
  public static String render(List<String> headers, List<List<String>> rows, boolean... right) {
    int[] widths = new int[headers.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], TextWidth.of(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : all) {
      if (!out.isEmpty()) {
        trimEnd(out);
        out.append('\n');
      }
      for (int c = 0; c < widths.length; c++) {
        boolean last = c == widths.length - 1;
        String cell = row.get(c);
        if (c < right.length && right[c]) {
          out.append(TextWidth.padLeft(cell, widths[c]));
        } else {
          out.append(last ? cell : TextWidth.padRight(cell, widths[c]));
        }
        if (!last) {
          out.append("  ");
        }
      }
    }
    trimEnd(out);
    return out.toString();
  }

  /** Drops the spaces that padding left at the end of the last line. */
  private static void trimEnd(StringBuilder out) {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
