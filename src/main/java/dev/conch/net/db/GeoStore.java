package dev.conch.net.db;

import dev.conch.net.geo.GeoResult;
import dev.conch.net.geo.GeoRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stores geo rows in a table ({@code ips} unless told otherwise), creating it when absent with DDL
 * that SQLite, MariaDB and PostgreSQL all take (only the auto-increment key differs). Rows go in
 * batches, one transaction each: a batch is stored whole or not at all, even when the process dies
 * in the middle of one. Stateless and thread-safe: any number of tasks may store at once, each on
 * its own connection from the pool.
 */
public final class GeoStore {
  /** The table's name unless told otherwise. */
  public static final String TABLE = "ips";

  /** How many rows one transaction holds unless told otherwise. */
  public static final int BATCH = 500;

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final int TEXT = 255;

  /** A row's columns, as {@link GeoRow#COLUMNS} names them but in SQL's way: country_code. */
  private static final List<String> COLUMNS =
      GeoRow.COLUMNS.stream()
          .map(c -> c.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT))
          .toList();

  /** The parameter indexes of {@code lat} and {@code lon}. */
  private static final List<Integer> NUMBERS =
      List.of(COLUMNS.indexOf("lat") + 1, COLUMNS.indexOf("lon") + 1);

  private GeoStore() {}

  /** Stores {@code rows} in {@code table} in batches of {@value #BATCH}. */
  public static StoreResult store(Object rows, Database db, String table) {
    return store(rows, db, table, BATCH);
  }

  /**
   * Stores {@code rows} (a {@link GeoResult}, or a list of {@link GeoRow}s or of maps with the
   * row's keys) in {@code table}, {@code batchSize} rows per transaction. Interrupted, it stops
   * between two batches and says so, with the thread's interrupt set again.
   *
   * @throws DatabaseError when the table cannot be made or a batch fails; the batches before it
   *     stay stored, the failed one is rolled back whole
   */
  public static StoreResult store(Object rows, Database db, String table, int batchSize) {
    String name = table == null ? TABLE : table.strip();
    if (!NAME.matcher(name).matches()) {
      throw new DatabaseError(
          "db.table.name",
          null,
          "database: %s: '%s' is not a table name (letters, digits and _)",
          db.name(),
          table);
    }
    List<Object[]> values = values(rows, db);
    create(db, name);
    int size = Math.max(1, batchSize);
    int batches = (values.size() + size - 1) / size;
    for (int b = 0; b < batches; b++) {
      if (Thread.currentThread().isInterrupted()) {
        return new StoreResult(db.name(), name, b * size, b, false);
      }
      List<Object[]> batch = values.subList(b * size, Math.min(values.size(), (b + 1) * size));
      insert(db, name, batch, b + 1, batches, b * size);
    }
    return new StoreResult(db.name(), name, values.size(), batches, true);
  }

  /** The DDL of the geo table {@code table} in {@code dialect}. */
  static String ddl(Dialect dialect, String table) {
    return "CREATE TABLE IF NOT EXISTS "
        + table
        + " (id "
        + dialect.autoKey()
        + ", ip VARCHAR(255) NOT NULL, status VARCHAR(8) NOT NULL, message VARCHAR(255),"
        + " country VARCHAR(255), country_code VARCHAR(8), region VARCHAR(255),"
        + " city VARCHAR(255), lat DOUBLE PRECISION, lon DOUBLE PRECISION,"
        + " timezone VARCHAR(64), source VARCHAR(32),"
        + " created TIMESTAMP DEFAULT CURRENT_TIMESTAMP)"
        + dialect.tableSuffix();
  }

  /**
   * Makes {@code table} unless it is there. Two {@code CREATE TABLE IF NOT EXISTS} at once may
   * still clash (PostgreSQL: a duplicate key in its catalog, as a hundred tasks storing at once
   * showed); when the table is there after all, the one that lost goes on.
   */
  private static void create(Database db, String table) {
    try {
      db.run(
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute(ddl(db.dialect(), table));
            }
            return null;
          });
    } catch (DatabaseError e) {
      if (!exists(db, table)) {
        throw e;
      }
    }
  }

  private static boolean exists(Database db, String table) {
    try {
      db.run(
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            }
            return null;
          });
      return true;
    } catch (DatabaseError e) {
      return false;
    }
  }

  private static void insert(
      Database db, String table, List<Object[]> batch, int number, int batches, int before) {
    String sql =
        "INSERT INTO "
            + table
            + " ("
            + String.join(", ", COLUMNS)
            + ") VALUES ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList())
            + ")";
    try {
      db.run(connection -> inTransaction(connection, sql, batch));
    } catch (DatabaseError e) {
      throw new DatabaseError(
          "db.store",
          e.getCause(),
          "database: %s: table %s: batch %d of %d not stored, %d rows stored before it (%s)",
          db.name(),
          table,
          number,
          batches,
          before,
          detail(e.getMessage(), db.name()));
    }
  }

  private static Void inTransaction(Connection connection, String sql, List<Object[]> batch)
      throws SQLException {
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] row : batch) {
        for (int i = 0; i < row.length; i++) {
          bind(statement, i + 1, row[i]);
        }
        statement.addBatch();
      }
      statement.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
    return null;
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    switch (value) {
      case null -> statement.setNull(index, NUMBERS.contains(index) ? Types.DOUBLE : Types.VARCHAR);
      case Double d -> statement.setDouble(index, d);
      default -> statement.setString(index, value.toString());
    }
  }

  /** The rows as column values, in {@link #COLUMNS} order. */
  private static List<Object[]> values(Object rows, Database db) {
    List<?> items =
        switch (rows) {
          case GeoResult result -> result.getRows();
          case GeoRow row -> List.of(row);
          case List<?> list -> list;
          case null, default ->
              throw new DatabaseError(
                  "db.rows", null, "database: %s: store takes geo rows, not %s", db.name(), rows);
        };
    List<Object[]> out = new ArrayList<>(items.size());
    for (Object item : items) {
      out.add(
          switch (item) {
            case GeoRow row -> row(row.toMap());
            case Map<?, ?> map -> row(map);
            case null, default ->
                throw new DatabaseError(
                    "db.rows", null, "database: %s: store takes geo rows, not %s", db.name(), item);
          });
    }
    return out;
  }

  /** A row's values in column order, from a map keyed as a GeoRow's or as the table's columns. */
  private static Object[] row(Map<?, ?> map) {
    Object[] values = new Object[COLUMNS.size()];
    for (int i = 0; i < values.length; i++) {
      String field = GeoRow.COLUMNS.get(i);
      Object value = map.containsKey(field) ? map.get(field) : map.get(COLUMNS.get(i));
      values[i] = NUMBERS.contains(i + 1) ? number(value) : text(value);
    }
    return values;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return text.length() > TEXT ? text.substring(0, TEXT) : text;
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /** A batch's failure without the {@code database: NAME: } its message starts with. */
  private static String detail(String message, String name) {
    String prefix = "database: " + name + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
