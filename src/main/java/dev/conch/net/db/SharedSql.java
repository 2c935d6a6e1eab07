package dev.conch.net.db;

import groovy.lang.Closure;
import groovy.sql.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;

/**
 * A {@code groovy.sql.Sql} that many tasks may share. Plain {@code Sql} keeps the connection of
 * {@code withTransaction} and {@code cacheConnection} in one field, so two tasks using one object
 * would share a transaction; here each thread gets its own connection from the pool for the span of
 * a statement, and keeps it (through {@link ThreadConnections}) for the whole of its transaction,
 * whatever it calls inside. {@link #close()} closes the database. Groovy's own logging of failed
 * statements is turned off: the exception says it, and nothing is written to the terminal.
 *
 * <p>Thread-safe for its statements and transactions, which is what Conch's built-ins use; its
 * settings ({@code cacheStatements}, {@code resultSetType}, …) are plain {@code Sql} fields and
 * should be left alone on a shared object.
 */
public final class SharedSql extends Sql {
  static {
    LOG.setLevel(Level.OFF); // a failed statement throws; its warning would reach the terminal
  }

  private final Database database;
  private final ThreadConnections connections;

  SharedSql(Database database, ThreadConnections connections) {
    super(database.dataSource());
    this.database = database;
    this.connections = connections;
  }

  /** The database it runs on. */
  public Database getDatabase() {
    return database;
  }

  @Override
  protected Connection createConnection() throws SQLException {
    return connections.take();
  }

  @Override
  protected void closeResources(Connection connection) {
    if (connection != null) {
      connections.give(connection);
    }
  }

  /**
   * Runs {@code closure} in a transaction on this thread's connection: committed when it returns,
   * rolled back when it throws. Nested in another transaction of the same thread, it joins it.
   */
  @Override
  @SuppressWarnings("rawtypes") // Sql's signature
  public void withTransaction(Closure closure) throws SQLException {
    Connection connection = connections.take();
    try {
      if (!connection.getAutoCommit()) {
        call(closure, connection); // already in this thread's transaction
        return;
      }
      connection.setAutoCommit(false);
      try {
        call(closure, connection);
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } finally {
      connections.give(connection);
    }
  }

  /** Runs {@code closure} with one connection kept for all its statements. */
  @Override
  @SuppressWarnings("rawtypes") // Sql's signature
  public void cacheConnection(Closure closure) throws SQLException {
    Connection connection = connections.take();
    try {
      call(closure, connection);
    } finally {
      connections.give(connection);
    }
  }

  /** Commits this thread's transaction; does nothing outside one. */
  @Override
  public void commit() throws SQLException {
    Connection connection = connections.current();
    if (connection != null && !connection.getAutoCommit()) {
      connection.commit();
    }
  }

  /** Rolls this thread's transaction back; does nothing outside one. */
  @Override
  public void rollback() throws SQLException {
    Connection connection = connections.current();
    if (connection != null && !connection.getAutoCommit()) {
      connection.rollback();
    }
  }

  /** Closes the database, for every task that shares it. */
  @Override
  public void close() {
    database.close();
  }

  @SuppressWarnings("rawtypes") // Sql's closures are raw
  private static void call(Closure closure, Connection connection) {
    if (closure.getMaximumNumberOfParameters() == 1) {
      closure.call(connection);
    } else {
      closure.call();
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return "sql on " + database.name();
  }
}
