package dev.conch.net.geo;

import dev.conch.net.HttpClients;
import dev.conch.net.geo.offline.DbIpFetch;
import dev.conch.net.geo.offline.Downloader;
import dev.conch.net.geo.offline.FetchResult;
import dev.conch.net.geo.offline.GeoDatabase;
import dev.conch.net.geo.offline.HttpDownloader;
import dev.conch.net.geo.online.IpApiClient;
import dev.conch.net.geo.online.IpApiLookup;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@code geo} engine of one session: where addresses are, offline from a MaxMind DB file or
 * online from ip-api, and the monthly DB-IP fetch. It keeps what must outlive one call: the open
 * database files (one reader per file, shared by every task), and per ip-api endpoint the cache and
 * the rate budgets.
 *
 * <p>Thread-safe: any task may call it at once; the maps are concurrent and the HTTP client is made
 * once under this object's lock. A lookup runs on the calling task, which is journaled as waiting
 * on its {@link GeoProgress}; its helper threads are joined before it returns. {@link #close()}
 * closes the files and the HTTP client and its threads ({@code geo-http-N}).
 */
public final class Geo implements AutoCloseable {
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

  private final GeoPlaces places;
  private final Clock clock;
  private final Downloader downloader; // null: an HttpDownloader over the session's client
  private final Map<Path, GeoDatabase> databases = new ConcurrentHashMap<>();
  private final Map<URI, IpApiLookup> endpoints = new ConcurrentHashMap<>();
  private HttpClient http; // guarded by this
  private ExecutorService httpThreads; // guarded by this

  /** The engine of this machine: its places, the system clock, the JDK's HTTP client. */
  public Geo() {
    this(GeoPlaces.ofSystem(), null, Clock.systemUTC());
  }

  /**
   * An engine looking for data in {@code places}, fetching through {@code downloader} (null for a
   * plain HTTP one), with {@code clock} saying which month it is.
   */
  public Geo(GeoPlaces places, Downloader downloader, Clock clock) {
    this.places = places;
    this.downloader = downloader;
    this.clock = clock;
  }

  /** Where offline data is looked for. */
  public GeoPlaces places() {
    return places;
  }

  /** The database file {@code offline} would read, given {@code explicit} or not. */
  public Optional<Path> database(Path explicit) {
    return places.find(explicit);
  }

  /**
   * One row per address of {@code ips}. Interrupted (Ctrl-C), it returns within a second what it
   * had, the rest marked {@code interrupted}, with the thread's interrupt set again.
   *
   * @throws GeoError when there is no source of data, or a named one cannot be used
   */
  public GeoResult lookup(Object ips, GeoOptions options) {
    List<String> inputs = GeoInputs.of(ips);
    GeoProgress progress = new GeoProgress(inputs.size(), options.provider().word());
    Task task = Task.current();
    TaskState before = task == null ? null : task.getState();
    if (task != null) {
      task.enter(TaskState.WAITING, progress);
    }
    try {
      return new GeoCall(this, inputs, options, progress).run();
    } finally {
      if (task != null) {
        task.enter(before, null);
      }
    }
  }

  /**
   * Fetches DB-IP Lite City into {@code dir} (null: {@code ~/.conch/geo}) from {@code from} (null:
   * db-ip.com; a base URL or a file's URL).
   *
   * @throws GeoError when nothing usable arrived; the file in use is then kept
   * @throws InterruptedException when the calling task is interrupted
   */
  public FetchResult fetch(URI from, Path dir) throws InterruptedException {
    Downloader through =
        downloader != null ? downloader : new HttpDownloader(http(), Duration.ofMinutes(10));
    FetchResult fetched =
        new DbIpFetch(through, clock).fetch(from, dir == null ? places.geoDir() : dir);
    databases.remove(fetched.file().toAbsolutePath().normalize());
    return fetched;
  }

  /** The open database at {@code path}, opened once; reopened when the file was replaced. */
  GeoDatabase open(Path path) {
    Path key = path.toAbsolutePath().normalize();
    GeoDatabase db = databases.get(key);
    if (db != null && !db.isStale()) {
      return db;
    }
    GeoDatabase fresh = GeoDatabase.open(key);
    databases.put(
        key, fresh); // a replaced reader is left to the collector: a task may still read it
    return fresh;
  }

  /** The lookup of the endpoint at {@code base}, made once per session. */
  IpApiLookup endpoint(URI base) {
    return endpoints.computeIfAbsent(base, b -> new IpApiLookup(new IpApiClient(http(), b)));
  }

  /** The session's HTTP client, made on first use. */
  public synchronized HttpClient http() {
    if (http == null) {
      httpThreads =
          Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("geo-http-", 0).factory());
      http =
          HttpClients.builder()
              .connectTimeout(Duration.ofSeconds(5))
              .followRedirects(HttpClient.Redirect.NORMAL)
              .executor(httpThreads)
              .build();
    }
    return http;
  }

  @Override
  public void close() {
    databases.values().forEach(GeoDatabase::close);
    databases.clear();
    HttpClient client;
    ExecutorService threads;
    synchronized (this) {
      client = http;
      threads = httpThreads;
      http = null;
      httpThreads = null;
    }
    if (client != null) {
      client.shutdownNow(); // a request still under way is abandoned, not waited for
      try {
        client.awaitTermination(CLOSE_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      threads.shutdownNow();
      threads.close();
    }
  }

  /** Rows not filled in (an interrupted call) say so. */
  static List<GeoRow> filled(List<String> inputs, GeoRow[] rows, String source) {
    GeoRow[] out = Arrays.copyOf(rows, rows.length);
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = GeoRow.failed(inputs.get(i), "interrupted", source);
      }
    }
    return List.of(out);
  }
}
