package dev.conch.net.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One database opened for a session: a HikariCP pool (threads {@code conch-db-N …}) and the {@link
 * SharedSql} every task may use at once. SQLite gets one connection (its one writer: tasks take
 * turns in the pool instead of failing on a lock), in WAL mode with a busy timeout for other
 * processes; a server gets a pool of several. Thread-safe: the pool is; each thread holds at most
 * one connection through {@link ThreadConnections}. {@link #close()} closes the pool and its
 * threads.
 */
public final class Database implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final DatabaseOptions options;
  private final HikariDataSource pool;
  private final ThreadConnections connections;
  private final SharedSql sql;

  private Database(DatabaseOptions options, HikariDataSource pool) {
    this.options = options;
    this.pool = pool;
    this.connections = new ThreadConnections(pool);
    this.sql = new SharedSql(this, connections);
  }

  /**
   * Opens the database {@code options} name and logs in once to check it.
   *
   * @throws DatabaseError when the URL, the login or the server is wrong
   */
  public static Database open(DatabaseOptions options) {
    JdbcTarget target = options.target();
    try {
      if (target.file() != null && target.file().getParent() != null) {
        Files.createDirectories(target.file().getParent());
      }
      return new Database(options, new HikariDataSource(config(options)));
    } catch (HikariPool.PoolInitializationException e) {
      throw e.getCause() instanceof SQLException cause
          ? SqlErrors.of(target.name(), options.user(), cause)
          : new DatabaseError(
              "db.connect", e, "database: %s: cannot connect (%s)", target.name(), e.getMessage());
    } catch (IOException e) {
      throw new DatabaseError(
          "db.connect", e, "database: %s: cannot connect (%s)", target.name(), e.getMessage());
    }
  }

  private static HikariConfig config(DatabaseOptions options) {
    JdbcTarget target = options.target();
    HikariConfig config = new HikariConfig();
    config.setPoolName("conch-db-" + POOLS.incrementAndGet());
    config.setJdbcUrl(target.jdbcUrl());
    config.setUsername(options.user());
    config.setPassword(options.password());
    config.setConnectionTimeout(options.patience().toMillis());
    config.setInitializationFailTimeout(1); // a wrong login fails the open, at once
    if (target.dialect() == Dialect.SQLITE) {
      config.setMaximumPoolSize(1); // SQLite's one writer: tasks queue here, not on a lock
      config.setMinimumIdle(1);
      config.setMaxLifetime(0); // keeps an in-memory database alive as long as the pool
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("busy_timeout", String.valueOf(options.patience().toMillis()));
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.addDataSourceProperty("foreign_keys", "true");
    } else {
      config.setMaximumPoolSize(options.poolSize());
      config.setMinimumIdle(1);
    }
    return config;
  }

  /** The database's URL without its password: how messages name it. */
  public String name() {
    return options.target().name();
  }

  /** Which kind of database it is. */
  public Dialect dialect() {
    return options.target().dialect();
  }

  /** The pooled data source. */
  public DataSource dataSource() {
    return pool;
  }

  /** The {@code groovy.sql.Sql} every task may share. */
  public SharedSql sql() {
    return sql;
  }

  /** Whether it has been closed. */
  public boolean isClosed() {
    return pool.isClosed();
  }

  /**
   * Runs {@code statement} with {@code params} ({@code ?} placeholders) and returns its rows, at
   * most {@code maxRows} of them, or its update count.
   *
   * @throws DatabaseError one line naming the database when it fails
   */
  public SqlResult query(String statement, List<?> params, int maxRows) {
    return run(connection -> Queries.run(connection, statement, params, maxRows));
  }

  /** The same, keeping at most {@value Queries#MAX_ROWS} rows. */
  public SqlResult query(String statement, List<?> params) {
    return query(statement, params, Queries.MAX_ROWS);
  }

  /** Work on a connection, which may throw what JDBC throws. */
  @FunctionalInterface
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on this thread's connection, turning a driver's exception into a {@link
   * DatabaseError}.
   */
  <T> T run(Work<T> work) {
    if (pool.isClosed()) {
      throw new DatabaseError("db.closed", null, "database: %s: closed", name());
    }
    Connection connection = null;
    try {
      connection = connections.take();
      return work.on(connection);
    } catch (SQLException e) {
      throw explain(e);
    } finally {
      if (connection != null) {
        connections.give(connection);
      }
    }
  }

  /** What {@code e}, thrown by this database's driver, means in one line. */
  public DatabaseError explain(SQLException e) {
    return SqlErrors.of(name(), options.user(), e);
  }

  @Override
  public void close() {
    pool.close();
  }

  @Override
  public String toString() {
    return "database " + name();
  }
}
