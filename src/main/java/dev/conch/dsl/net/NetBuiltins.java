package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.net.db.SharedSql;
import dev.conch.net.download.DownloadResult;
import dev.conch.net.fetch.Page;
import dev.conch.net.geo.GeoResult;
import dev.conch.net.serve.FileServer;
import dev.conch.net.sweep.SweepResult;
import java.util.List;
import java.util.Map;

/**
 * The network built-ins ({@code sweep}, {@code fetch}, {@code serve}, {@code download}, {@code
 * geo}, {@code database}, {@code sql}) as static methods, star-imported into everything a learner
 * compiles beside the other owners of {@link Builtins#OWNERS}. Each is a thin adapter over a {@code
 * …Call} of this room and an engine of {@code dev.conch.net}. Thread-safe (stateless).
 */
public final class NetBuiltins {
  private NetBuiltins() {}

  /**
   * Which hosts of {@code targets} answer: a prefix, a range, an address or host name, or a list of
   * them; prints the table and the summary, and gives the result.
   */
  public static SweepResult sweep(Object targets) {
    return SweepCall.of(CurrentRuntime.runtime()).sweep(Map.of(), targets);
  }

  /** As {@link #sweep(Object)}, with the named options of {@code /help sweep}. */
  public static SweepResult sweep(Map<String, ?> options, Object targets) {
    return SweepCall.of(CurrentRuntime.runtime()).sweep(options, targets);
  }

  /**
   * One page: {@code status}, {@code headers}, {@code text}, {@code bytes}, {@code json}, {@code
   * html}, {@code elapsed}; the calling task waits, a coroutine handing on its turn meanwhile.
   */
  public static Page fetch(CharSequence url) throws InterruptedException {
    return fetch(Map.of(), url);
  }

  /** As {@link #fetch(CharSequence)}, with the named options of {@code /help fetch}. */
  public static Page fetch(Map<String, ?> options, CharSequence url) throws InterruptedException {
    return NetServices.fetcher(CurrentRuntime.runtime())
        .fetch(url.toString(), FetchArgs.parse(options));
  }

  /**
   * Serves {@code dir} over HTTP on this machine (Range, HEAD, validators, listings): a handle with
   * {@code url}, {@code log} and {@code stop()}; it stops with the session.
   */
  public static FileServer serve(Object dir) {
    return serve(Map.of(), dir);
  }

  /** As {@link #serve(Object)}, with the named options of {@code /help serve}. */
  public static FileServer serve(Map<String, ?> options, Object dir) {
    return ServeCall.start(CurrentRuntime.runtime(), ServeArgs.parse(options, dir));
  }

  /**
   * Files, several at once: each to {@code NAME.part}, renamed only when complete and verified,
   * resumed where an earlier run stopped; prints a table and gives one result per URL.
   */
  public static DownloadResult download(Object urls) {
    return download(Map.of(), urls);
  }

  /** As {@link #download(Object)}, with the named options of {@code /help download}. */
  public static DownloadResult download(Map<String, ?> options, Object urls) {
    return DownloadCall.of(CurrentRuntime.runtime()).download(options, urls);
  }

  /**
   * Where the addresses are, a row each ({@code ip}, {@code status}, {@code country}, {@code city},
   * …): offline from a MaxMind DB file, or online from ip-api; with {@code into:} stored as rows.
   */
  public static GeoResult geo(Object ips) {
    return geo(Map.of(), ips);
  }

  /** As {@link #geo(Object)}, with the named options of {@code /help geo}. */
  public static GeoResult geo(Map<String, ?> options, Object ips) {
    return new GeoCall(CurrentRuntime.runtime()).geo(options, ips);
  }

  /** {@code geo} as a value: {@code geo.database = 'city.mmdb'}, {@code geo.fetch()}. */
  public static GeoSettings getGeo() {
    return new GeoSettings(NetServices.of(CurrentRuntime.runtime()));
  }

  /** The session's default database, the SQLite file {@code ~/.conch/conch.db}, as Groovy's Sql. */
  public static SharedSql database() {
    return new DatabaseCall(CurrentRuntime.runtime()).database();
  }

  /** The database at a JDBC URL ({@code jdbc:mariadb://127.0.0.1/lab}, {@code sqlite:f.db}). */
  public static SharedSql database(CharSequence url) {
    return database(Map.of(), url);
  }

  /** As {@link #database(CharSequence)}, with {@code user:} and {@code password:}. */
  public static SharedSql database(Map<String, ?> options, CharSequence url) {
    return new DatabaseCall(CurrentRuntime.runtime()).database(options, url);
  }

  /** Runs a statement on the default database, prints its rows as a table and gives them back. */
  public static List<Map<String, Object>> sql(CharSequence statement) {
    return new DatabaseCall(CurrentRuntime.runtime()).sql(null, statement);
  }

  /** As {@link #sql(CharSequence)}, on {@code db}. */
  public static List<Map<String, Object>> sql(SharedSql db, CharSequence statement) {
    return new DatabaseCall(CurrentRuntime.runtime()).sql(db, statement);
  }
}
