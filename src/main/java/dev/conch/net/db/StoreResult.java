package dev.conch.net.db;

/**
 * What {@link GeoStore#store} put in a table. Immutable.
 *
 * @param database the database's name, without its password
 * @param table the table
 * @param rows how many rows were stored
 * @param batches in how many transactions
 * @param complete false when it was interrupted between two batches
 */
public record StoreResult(String database, String table, int rows, int batches, boolean complete) {
  /** {@code stored 250 rows in ips (sqlite:/…/conch.db), 1 batch}. */
  @Override
  public String toString() {
    return "stored "
        + rows
        + (rows == 1 ? " row" : " rows")
        + " in "
        + table
        + " ("
        + database
        + "), "
        + batches
        + (batches == 1 ? " batch" : " batches")
        + (complete ? "" : " (interrupted)");
  }
}
