package dev.conch.net.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one statement and reads what it gives into a {@link SqlResult}: rows as maps in column order
 * (a repeated label gets {@code _2}, {@code _3}), or an update count. Stateless.
 */
final class Queries {
  /** The most rows a query keeps unless told otherwise. */
  static final int MAX_ROWS = 10_000;

  private Queries() {}

  static SqlResult run(Connection connection, String sql, List<?> params, int maxRows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setMaxRows(maxRows < Integer.MAX_VALUE ? maxRows + 1 : 0);
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      if (!statement.execute()) {
        return new SqlResult(List.of(), List.of(), Math.max(0, statement.getUpdateCount()), false);
      }
      try (ResultSet rows = statement.getResultSet()) {
        return read(rows, maxRows);
      }
    }
  }

  private static SqlResult read(ResultSet rows, int maxRows) throws SQLException {
    List<String> columns = labels(rows.getMetaData());
    List<Map<String, Object>> out = new ArrayList<>();
    boolean more = false;
    while (rows.next()) {
      if (out.size() == maxRows) {
        more = true;
        break;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        row.put(columns.get(i), rows.getObject(i + 1));
      }
      out.add(Collections.unmodifiableMap(row));
    }
    return new SqlResult(columns, out, -1, more);
  }

  private static List<String> labels(ResultSetMetaData meta) throws SQLException {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String label = meta.getColumnLabel(i);
      String unique = label;
      for (int n = 2; labels.contains(unique); n++) {
        unique = label + "_" + n;
      }
      labels.add(unique);
    }
    return labels;
  }
}
