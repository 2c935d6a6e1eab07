package dev.conch.dsl.net;

import dev.conch.net.db.Database;
import dev.conch.net.db.DatabaseOptions;
import dev.conch.net.download.DownloadClient;
import dev.conch.net.fetch.PageFetcher;
import dev.conch.net.geo.Geo;
import dev.conch.net.redis.Redis;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.Slots;
import java.nio.file.Path;

/**
 * The network services of each session, made on first use and closed with the session's runtime:
 * the HTTP clients behind {@code fetch} and {@code download}, the geo engine (its open database
 * files, ip-api's limits and cache), the database file chosen with {@code geo.database = …}, and
 * the default database of {@code database()} and {@code sql}. Thread-safe.
 */
final class NetServices {
  private static final Slots.Key<NetServices> SLOT =
      new Slots.Key<>("network services", NetServices.class);

  private final ConchRuntime runtime;
  private PageFetcher fetcher; // guarded by this
  private DownloadClient downloads; // guarded by this
  private Geo geo; // guarded by this
  private Database database; // guarded by this
  private Redis redis; // guarded by this
  private volatile Path geoDatabase;

  private NetServices(ConchRuntime runtime) {
    this.runtime = runtime;
  }

  /** The services of {@code runtime}'s session. */
  static NetServices of(ConchRuntime runtime) {
    return runtime.slots().computeIfAbsent(SLOT, () -> new NetServices(runtime));
  }

  /** The page fetcher of {@code runtime}'s session. */
  static PageFetcher fetcher(ConchRuntime runtime) {
    return of(runtime).fetcher();
  }

  synchronized PageFetcher fetcher() {
    if (fetcher == null) {
      fetcher = new PageFetcher();
      runtime.tasks().onClose(fetcher);
    }
    return fetcher;
  }

  /** The HTTP client of the session's downloads. */
  synchronized DownloadClient downloads() {
    if (downloads == null) {
      downloads = new DownloadClient();
      runtime.tasks().onClose(downloads);
    }
    return downloads;
  }

  synchronized Geo geo() {
    if (geo == null) {
      geo = new Geo();
      runtime.tasks().onClose(geo);
    }
    return geo;
  }

  /** The session's Redis servers, connected on first use and closed with the session. */
  synchronized Redis redis() {
    if (redis == null) {
      redis = new Redis();
      runtime.tasks().onClose(redis);
    }
    return redis;
  }

  /** The database file {@code geo.database} names, or null for the usual places. */
  Path geoDatabase() {
    return geoDatabase;
  }

  void setGeoDatabase(Path file) {
    geoDatabase = file;
  }

  /** The default database, {@code ~/.conch/conch.db}, opened on first use. */
  synchronized Database database() {
    if (database == null || database.isClosed()) {
      database = open(DatabaseOptions.defaults(Path.of(System.getProperty("user.home"))));
    }
    return database;
  }

  /** Opens another database, closed with the session. */
  Database open(DatabaseOptions options) {
    Database opened = Database.open(options);
    runtime.tasks().onClose(opened);
    return opened;
  }
}
