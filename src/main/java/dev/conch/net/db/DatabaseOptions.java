package dev.conch.net.db;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to open a database. Immutable.
 *
 * @param target where it is
 * @param user who logs in (null for SQLite)
 * @param password the password (null for none); never shown
 * @param poolSize how many connections a server database may have open; SQLite always has one
 * @param patience how long a task waits for a free connection, and SQLite for a lock
 */
public record DatabaseOptions(
    JdbcTarget target, String user, String password, int poolSize, Duration patience) {

  /** The connections a server database may have open unless told otherwise. */
  public static final int POOL = 8;

  /** How long a task waits for a connection or a lock unless told otherwise. */
  public static final Duration WAIT = Duration.ofSeconds(30);

  /** The options as given, checked. */
  public DatabaseOptions {
    if (poolSize < 1 || poolSize > 100) {
      throw new DatabaseError(
          "db.pool", null, "database: %s: pool must be 1 to 100, not %d", target.name(), poolSize);
    }
    if (patience == null || patience.isNegative() || patience.isZero()) {
      patience = WAIT;
    }
  }

  /** The session's default: the SQLite file {@code ~/.conch/conch.db} under {@code home}. */
  public static DatabaseOptions defaults(Path home) {
    return sqlite(home.resolve(".conch").resolve("conch.db"));
  }

  /** The SQLite file {@code file}. */
  public static DatabaseOptions sqlite(Path file) {
    return new DatabaseOptions(JdbcTarget.sqlite(file), null, null, 1, WAIT);
  }

  /** The database at {@code url}, logging in as {@code user} with {@code password}. */
  public static DatabaseOptions url(String url, String user, String password) {
    return new DatabaseOptions(JdbcTarget.parse(url), user, password, POOL, WAIT);
  }

  /** The same with at most {@code connections} open. */
  public DatabaseOptions withPoolSize(int connections) {
    return new DatabaseOptions(target, user, password, connections, patience);
  }

  /** The same waiting at most {@code most} for a connection or a lock. */
  public DatabaseOptions withWait(Duration most) {
    return new DatabaseOptions(target, user, password, poolSize, most);
  }

  /** The options without the password, so that printing them shows none. */
  @Override
  public String toString() {
    return "database " + target.name() + (user == null ? "" : " as " + user);
  }
}
