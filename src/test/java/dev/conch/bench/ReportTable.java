package dev.conch.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Report} as a plain-text table: one line per row with its median, minimum and
 * maximum in seconds, Conch's target and whether it is met, and Conch's median divided by each
 * baseline's median for the same measure. Then the notes. No colour; columns as wide as their
 * widest cell; {@code -} where a cell does not apply.
 */
final class ReportTable {
  private static final List<String> HEAD =
      List.of("row", "measure", "median", "min", "max", "target", "met");

  /** The columns that are left-aligned; the rest are numbers, right-aligned. */
  private static final int TEXT_COLUMNS = 2;

  private ReportTable() {}

  static String format(Report report) {
    List<List<String>> lines = new ArrayList<>();
    lines.add(header());
    for (Row row : report.rows()) {
      lines.add(cells(row, report.rows()));
    }
    StringBuilder text = new StringBuilder("== ").append(report.title()).append(" ==\n");
    int[] widths = widths(lines);
    for (List<String> line : report.rows().isEmpty() ? List.<List<String>>of() : lines) {
      text.append(render(line, widths)).append('\n');
    }
    if (!report.notes().isEmpty()) {
      text.append("notes:\n");
      report.notes().forEach(note -> text.append("  ").append(note).append('\n'));
    }
    return text.toString();
  }

  /** Seconds with three decimals, e.g. {@code 0.405}. */
  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
  }

  private static List<String> header() {
    List<String> head = new ArrayList<>(HEAD);
    Subject.baselines().forEach(b -> head.add("conch/" + b.label()));
    return head;
  }

  private static List<String> cells(Row row, List<Row> all) {
    Stats stats = row.stats();
    List<String> cells = new ArrayList<>();
    cells.add(row.name());
    cells.add(row.measure().label());
    cells.add(seconds(stats.median()));
    cells.add(seconds(stats.min()));
    cells.add(seconds(stats.max()));
    cells.add(row.target() == null ? "-" : seconds(row.target()));
    cells.add(row.target() == null ? "-" : row.meetsTarget() ? "yes" : "no");
    Subject.baselines().forEach(b -> cells.add(ratio(row, b, all)));
    return cells;
  }

  /** Conch's median over the first row of {@code baseline} with the same measure. */
  private static String ratio(Row row, Subject baseline, List<Row> all) {
    if (row.subject() != Subject.CONCH) {
      return "-";
    }
    return all.stream()
        .filter(r -> r.subject() == baseline && r.measure() == row.measure())
        .findFirst()
        .filter(r -> !r.stats().median().isZero())
        .map(
            r ->
                String.format(
                    Locale.ROOT,
                    "%.1fx",
                    (double) row.stats().median().toNanos() / r.stats().median().toNanos()))
        .orElse("-");
  }

  private static int[] widths(List<List<String>> lines) {
    int[] widths = new int[lines.get(0).size()];
    for (List<String> line : lines) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    return widths;
  }

  private static String render(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(widths[i] - cells.get(i).length());
      line.append(i < TEXT_COLUMNS ? cells.get(i) + pad : pad + cells.get(i));
    }
    return line.toString().stripTrailing();
  }
}
