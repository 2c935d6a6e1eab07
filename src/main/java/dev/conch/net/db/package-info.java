/**
 * The {@code database} engine: {@link dev.conch.net.db.Database} opens SQLite (the session's
 * default {@code ~/.conch/conch.db}), MariaDB/MySQL or PostgreSQL behind a HikariCP pool and hands
 * out one {@link dev.conch.net.db.SharedSql} ({@code groovy.sql.Sql}) that every task may use at
 * once; {@link dev.conch.net.db.Database#query} runs a statement for the {@code sql} built-in;
 * {@link dev.conch.net.db.GeoStore} stores geo rows in batches, one transaction each; {@link
 * dev.conch.net.db.DatabaseError} says each failure in one line without the password.
 *
 * <p>May import {@code dev.conch.runtime}, {@code dev.conch.net.geo} (the rows it stores),
 * groovy-sql, HikariCP, JDBC and the JDK; never the dsl, shell or view rooms, never JLine. Writes
 * nothing to the terminal (groovy-sql's own logging is turned off).
 *
 * <p>Thread model: every call runs on the calling task. The pool owns its threads ({@code
 * conch-db-N housekeeper}, …), closed with the database. Each thread holds at most one connection
 * at a time, kept for the whole of its transaction; SQLite has a single connection, so writers take
 * turns in the pool rather than fail on SQLite's lock.
 */
package dev.conch.net.db;
