package dev.conch.net.db;

import java.util.List;
import java.util.Map;

/**
 * What one statement gave: the columns and rows of a query (each row a map in column order), or the
 * count of rows an update changed. Immutable.
 *
 * @param columns the column labels, in order; empty for an update
 * @param rows the rows, each keyed by label in column order
 * @param updateCount rows changed by an update, or -1 for a query
 * @param truncated whether the query had more rows than were kept
 */
public record SqlResult(
    List<String> columns, List<Map<String, Object>> rows, int updateCount, boolean truncated) {

  /** The result as given; the lists are copied (the row maps keep their order). */
  public SqlResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Whether it is a query's result. */
  public boolean isQuery() {
    return updateCount < 0;
  }
}
