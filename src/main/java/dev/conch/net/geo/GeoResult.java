package dev.conch.net.geo;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a {@code geo} call found: one row per address given, in order, with the source it came from,
 * the credit that source's licence asks for, and whether every address was done (an interrupted
 * call marks the rest {@code interrupted}). Immutable.
 */
public final class GeoResult implements Iterable<GeoRow> {
  private final List<GeoRow> rows;
  private final String source;
  private final String attribution;
  private final Path database;
  private final String note;
  private final boolean complete;
  private final long nanos;

  GeoResult(
      List<GeoRow> rows,
      String source,
      String attribution,
      Path database,
      String note,
      boolean complete,
      long nanos) {
    this.rows = List.copyOf(rows);
    this.source = source;
    this.attribution = attribution;
    this.database = database;
    this.note = note;
    this.complete = complete;
    this.nanos = nanos;
  }

  /** The rows, one per address, in the order given. */
  public List<GeoRow> getRows() {
    return rows;
  }

  /** The rows as maps in column order: what {@code sql}-style tables and stores take. */
  public List<Map<String, Object>> getMaps() {
    return rows.stream().map(GeoRow::toMap).toList();
  }

  /** {@code offline} or {@code ip-api}. */
  public String getSource() {
    return source;
  }

  /** The credit to show with these rows. */
  public String getAttribution() {
    return attribution;
  }

  /** The database file read, or null when the rows came from ip-api. */
  public Path getDatabase() {
    return database;
  }

  /** Why {@code auto} chose its source, or null when the provider was named. */
  public String getNote() {
    return note;
  }

  /** Whether every address was looked up (false after Ctrl-C). */
  public boolean isComplete() {
    return complete;
  }

  /** How many rows were found. */
  public int getFound() {
    return (int) rows.stream().filter(GeoRow::isSuccess).count();
  }

  /** How long it took, in seconds. */
  public double getSeconds() {
    return nanos / 1e9;
  }

  /** How many rows there are. */
  public int size() {
    return rows.size();
  }

  /** Row {@code index}. */
  public GeoRow get(int index) {
    return rows.get(index);
  }

  @Override
  public Iterator<GeoRow> iterator() {
    return rows.iterator();
  }

  /** {@code geo: 10 addresses, 8 found (offline) in 0.01 s}, then {@code (interrupted)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "geo: %,d address%s, %,d found (%s) in %.2f s%s",
        rows.size(),
        rows.size() == 1 ? "" : "es",
        getFound(),
        source,
        getSeconds(),
        complete ? "" : " (interrupted)");
  }
}
