package dev.conch.net.db;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a driver threw into one line a learner can act on, naming the database without its
 * password: wrong login, no such database, cannot connect, no such table, a syntax error, no free
 * connection; anything else as the driver's first line. Knows SQLite's, MariaDB's and PostgreSQL's
 * codes and words. Stateless and thread-safe.
 */
final class SqlErrors {
  private static final Pattern TABLE =
      Pattern.compile(
          "no such table: (\\S+)|Table '(?:[^'.]*\\.)?([^']+)' doesn't exist"
              + "|relation \"([^\"]+)\" does not exist");
  private static final Pattern NEAR =
      Pattern.compile("near \"(.*?)\": syntax error|near '(.*)' at line \\d+|at or near \"(.*?)\"");
  private static final Pattern SQLITE_DETAIL =
      Pattern.compile("^\\[SQLITE_\\w+\\][^(]*\\((.*)\\)$");
  private static final Pattern CONN_PREFIX = Pattern.compile("^\\(conn=\\d+\\) ");

  private SqlErrors() {}

  /** The error {@code e} means for database {@code name}, logged in as {@code user}. */
  static DatabaseError of(String name, String user, SQLException e) {
    SQLException first = root(e);
    DatabaseError refused = refusal(name, user == null ? "" : user, first, e);
    if (refused != null) {
      return refused;
    }
    if (isConnect(first)) {
      return new DatabaseError(
          "db.connect", e, "database: %s: cannot connect (%s)", name, connectWords(first));
    }
    if (e instanceof SQLTransientConnectionException) {
      return new DatabaseError(
          "db.busy", e, "database: %s: no connection became free in time", name);
    }
    return statement(name, e, words(first));
  }

  /** A server that would not let {@code user} in, or null. */
  private static DatabaseError refusal(
      String name, String user, SQLException first, SQLException e) {
    String state = first.getSQLState() == null ? "" : first.getSQLState();
    int code = first.getErrorCode();
    if (code == 1045 || state.equals("28P01") || state.equals("28000")) {
      return new DatabaseError(
          "db.login",
          e,
          "database: %s: access denied for user '%s' (wrong user or password)",
          name,
          user);
    }
    if (code == 1044 || state.equals("42501") && words(first).contains("database")) {
      return new DatabaseError(
          "db.denied", e, "database: %s: user '%s' may not use this database", name, user);
    }
    if (code == 1049 || state.equals("3D000")) {
      return new DatabaseError("db.missing", e, "database: %s: no such database", name);
    }
    return null;
  }

  private static DatabaseError statement(String name, SQLException e, String words) {
    Matcher table = TABLE.matcher(words);
    if (table.find()) {
      return new DatabaseError("db.table", e, "database: %s: no table '%s'", name, group(table));
    }
    Matcher near = NEAR.matcher(words);
    if (words.contains("syntax") && near.find()) {
      return new DatabaseError(
          "db.syntax", e, "database: %s: SQL syntax error near '%s'", name, group(near));
    }
    if (words.contains("syntax error") || words.contains("incomplete input")) {
      return new DatabaseError(
          "db.syntax.other", e, "database: %s: SQL syntax error (%s)", name, words);
    }
    return new DatabaseError("db.sql", e, "database: %s: %s", name, words);
  }

  /** The first exception of a chain that says something of its own. */
  private static SQLException root(SQLException e) {
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      return e.getNextException(); // PostgreSQL: the statement's own failure
    }
    Throwable cause = e.getCause();
    if (e instanceof SQLTransientConnectionException && cause instanceof SQLException inner) {
      return inner; // the pool's timeout, caused by the driver's failure
    }
    return e;
  }

  private static boolean isConnect(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("08");
  }

  /** The driver's first line, without SQLite's code prefix or MariaDB's connection number. */
  static String words(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = message.strip().lines().findFirst().orElse("").strip();
    Matcher sqlite = SQLITE_DETAIL.matcher(line);
    if (sqlite.matches()) {
      line = sqlite.group(1);
    }
    line = CONN_PREFIX.matcher(line).replaceFirst("");
    return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
  }

  private static String connectWords(SQLException e) {
    String text = words(e).toLowerCase(Locale.ROOT);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("refused")) {
        return "connection refused";
      }
    }
    return text.isEmpty() ? "no answer" : words(e);
  }

  private static String group(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return "";
  }
}
