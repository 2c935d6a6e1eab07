package dev.conch.dsl.net;

import dev.conch.net.geo.offline.FetchResult;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code geo} is as a value: its settings and its verbs. {@code geo.database = 'city.mmdb'}
 * chooses the offline file (before {@code CONCH_GEO_DB}, {@code ~/.conch/geo/} and the usual GeoIP
 * folders); {@code geo.fetch()} downloads DB-IP Lite City into {@code ~/.conch/geo/}, {@code
 * geo.fetch(from: url)} from a teacher's server. Thread-safe: the settings are the session's.
 */
public final class GeoSettings {
  private final NetServices services;

  GeoSettings(NetServices services) {
    this.services = services;
  }

  /** The offline database in use: the one chosen, or the first found; null when there is none. */
  public Path getDatabase() {
    return services.geo().database(services.geoDatabase()).orElse(null);
  }

  /** Chooses the offline database file (a path, a File or text); null goes back to searching. */
  public void setDatabase(Object file) {
    services.setGeoDatabase(
        switch (file) {
          case null -> null;
          case Path p -> p;
          case File f -> f.toPath();
          default -> Path.of(file.toString());
        });
  }

  /** Downloads this month's DB-IP Lite City (the previous month's if not out yet). */
  public FetchResult fetch() throws InterruptedException {
    return fetch(Map.of());
  }

  /** As {@link #fetch()}; {@code from:} a URL to get it from instead, such as a teacher's serve. */
  public FetchResult fetch(Map<String, ?> options) throws InterruptedException {
    Object from = options.get("from");
    return services.geo().fetch(from == null ? null : URI.create(from.toString()), null);
  }

  @Override
  public String toString() {
    Path database = getDatabase();
    return "geo: " + (database == null ? "no offline database; geo.fetch() gets one" : database);
  }
}
