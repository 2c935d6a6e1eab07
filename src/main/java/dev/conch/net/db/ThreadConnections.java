package dev.conch.net.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lends each thread one connection at a time: a thread that asks again while it holds one (a
 * transaction, a row callback that writes) gets the same connection back, so it never waits for
 * itself on a pool of one and sees its own uncommitted rows. The connection goes back to the pool
 * when the thread has given back as many times as it took. Thread-safe: each thread touches only
 * its own entry.
 */
final class ThreadConnections {
  private final DataSource source;
  private final ThreadLocal<Held> held = new ThreadLocal<>();

  /** A connection lent to one thread, and how many times it took it. */
  private static final class Held {
    final Connection connection;
    int depth = 1; // confined to the holding thread

    Held(Connection connection) {
      this.connection = connection;
    }
  }

  ThreadConnections(DataSource source) {
    this.source = source;
  }

  /** The calling thread's connection, from the pool when it holds none. */
  Connection take() throws SQLException {
    Held mine = held.get();
    if (mine != null) {
      mine.depth++;
      return mine.connection;
    }
    Connection connection = source.getConnection();
    held.set(new Held(connection));
    return connection;
  }

  /** Gives {@code connection} back; the last give returns it to the pool. */
  void give(Connection connection) {
    Held mine = held.get();
    if (mine == null || mine.connection != connection) {
      closeQuietly(connection); // not lent by us: close it as its taker would
      return;
    }
    if (--mine.depth == 0) {
      held.remove();
      closeQuietly(connection);
    }
  }

  /** The connection the calling thread holds, or null. */
  Connection current() {
    Held mine = held.get();
    return mine == null ? null : mine.connection;
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // the pool drops a connection that fails to close; nothing is lost
    }
  }
}
