package dev.conch.net.geo;

import dev.conch.net.geo.offline.GeoDatabase;
import dev.conch.net.geo.offline.OfflineLookup;
import dev.conch.net.geo.online.IpApiFields;
import dev.conch.net.geo.online.IpApiLookup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One {@code geo} call: chooses the source ({@code auto}: offline when a database file is found,
 * else ip-api), runs the lookups, and turns an interrupt into a partial result. Confined to the
 * calling task.
 */
final class GeoCall {
  private final Geo geo;
  private final List<String> inputs;
  private final GeoOptions options;
  private final GeoProgress progress;
  private final GeoRow[] rows;
  private final long start = System.nanoTime();

  GeoCall(Geo geo, List<String> inputs, GeoOptions options, GeoProgress progress) {
    this.geo = geo;
    this.inputs = inputs;
    this.options = options;
    this.progress = progress;
    this.rows = new GeoRow[inputs.size()];
  }

  GeoResult run() {
    Optional<Path> file =
        options.provider() == GeoProvider.IP_API
            ? Optional.empty()
            : geo.database(options.database());
    return switch (options.provider()) {
      case OFFLINE ->
          offline(
              file.orElseThrow(
                  () ->
                      new GeoError(
                          "geo.offline.none",
                          "geo: no offline database; " + GeoPlaces.HOW_TO_GET_DATA)),
              null);
      case IP_API -> online(null);
      case AUTO ->
          file.isPresent()
              ? offline(file.get(), "auto: offline, " + file.get())
              : online("auto: ip-api, no offline database found");
    };
  }

  private GeoResult offline(Path path, String note) {
    if (Thread.currentThread().isInterrupted()) {
      return result(GeoDatabase.SOURCE, null, path, note, true); // Ctrl-C came first
    }
    GeoDatabase db = geo.open(path);
    progress.source(GeoDatabase.SOURCE);
    boolean interrupted = false;
    try {
      OfflineLookup.run(db, inputs, rows, progress);
    } catch (InterruptedException e) {
      interrupted = true;
    }
    return result(GeoDatabase.SOURCE, db.attribution(), db.path(), note, interrupted);
  }

  private GeoResult online(String note) {
    IpApiLookup endpoint = geo.endpoint(options.url());
    progress.source(IpApiFields.SOURCE);
    boolean interrupted = false;
    try {
      endpoint.run(inputs, options, rows, progress);
    } catch (InterruptedException e) {
      interrupted = true;
    } catch (IOException e) {
      throw unreachable(e);
    }
    return result(IpApiFields.SOURCE, Attribution.IP_API, null, note, interrupted);
  }

  private GeoError unreachable(IOException e) {
    String why = Failures.of(e);
    if (options.provider() == GeoProvider.AUTO) {
      return new GeoError(
          "geo.none",
          e,
          "geo: no source of data: no offline database ("
              + GeoPlaces.HOW_TO_GET_DATA
              + "),"
              + " and ip-api at %s cannot be reached (%s)",
          options.url(),
          why);
    }
    return new GeoError(
        "geo.ipapi.unreachable", e, "geo: ip-api at %s cannot be reached (%s)", options.url(), why);
  }

  private GeoResult result(
      String source, String attribution, Path database, String note, boolean interrupted) {
    List<GeoRow> all = Geo.filled(inputs, rows, source);
    GeoResult result =
        new GeoResult(
            all, source, attribution, database, note, !interrupted, System.nanoTime() - start);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
