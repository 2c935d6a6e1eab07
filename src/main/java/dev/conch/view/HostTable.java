package dev.conch.view;

import java.util.List;
import java.util.Locale;

/**
 * The table of a sweep's answering hosts, in the order given, one line each: {@code 10.1.2.8 port
 * 80 open 0.21 ms 1}. Stateless and thread-safe.
 */
public final class HostTable {
  /**
   * One host. Immutable.
   *
   * @param address the address as text
   * @param answer what answered, in the learner's words ({@code echo reply}, {@code port 80 open})
   * @param rttNanos its round trip, or -1 for none
   * @param tries how many requests it was sent
   */
  public record Row(String address, String answer, long rttNanos, int tries) {}

  /** The column headers, in the learner's language. Immutable. */
  public record Labels(String address, String answer, String rtt, String tries) {}

  private HostTable() {}

  /** The header and one line per row, columns aligned, without a final line break. */
  public static String render(List<Row> rows, Labels labels) {
    int address = TextWidth.of(labels.address());
    int answer = TextWidth.of(labels.answer());
    int rtt = TextWidth.of(labels.rtt());
    for (Row row : rows) {
      address = Math.max(address, TextWidth.of(row.address()));
      answer = Math.max(answer, TextWidth.of(row.answer()));
      rtt = Math.max(rtt, TextWidth.of(rtt(row.rttNanos())));
    }
    StringBuilder out = new StringBuilder();
    line(
        out, address, answer, rtt, labels.address(), labels.answer(), labels.rtt(), labels.tries());
    for (Row row : rows) {
      out.append('\n');
      line(
          out,
          address,
          answer,
          rtt,
          row.address(),
          row.answer(),
          rtt(row.rttNanos()),
          String.valueOf(row.tries()));
    }
    return out.toString();
  }

  private static void line(
      StringBuilder out, int w1, int w2, int w3, String c1, String c2, String c3, String c4) {
    out.append(TextWidth.padRight(c1, w1))
        .append("  ")
        .append(TextWidth.padRight(c2, w2))
        .append("  ")
        .append(TextWidth.padLeft(c3, w3))
        .append("  ")
        .append(c4);
  }

  /** {@code 0.21 ms}, {@code 12.3 ms}, or {@code -} for none. */
  static String rtt(long nanos) {
    if (nanos < 0) {
      return "-";
    }
    double millis = nanos / 1e6;
    return String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.1f ms", millis);
  }
}
