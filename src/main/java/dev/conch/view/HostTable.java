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
    return TextTable.render(
        List.of(labels.address(), labels.answer(), labels.rtt(), labels.tries()),
        rows.stream()
            .map(
                r -> List.of(r.address(), r.answer(), rtt(r.rttNanos()), String.valueOf(r.tries())))
            .toList(),
        false,
        false,
        true);
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
