package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.dsl.UsageError;
import dev.conch.i18n.Messages;
import dev.conch.net.db.Database;
import dev.conch.net.db.GeoStore;
import dev.conch.net.db.SharedSql;
import dev.conch.net.db.StoreResult;
import dev.conch.net.geo.GeoOptions;
import dev.conch.net.geo.GeoProvider;
import dev.conch.net.geo.GeoResult;
import dev.conch.net.geo.GeoRow;
import dev.conch.runtime.ConchRuntime;
import dev.conch.view.TextTable;
import java.io.File;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in {@code geo}: where addresses are, offline from a MaxMind DB file or online from
 * ip-api, looked up on the calling task (its progress in {@code /tasks}); prints a row per address,
 * the summary with the source and its attribution, and with {@code into:} stores the rows as a
 * table of a database. Options: {@code provider:}, {@code database:}, {@code url:}, {@code
 * fields:}, {@code parallel:}, {@code timeout:} (seconds), {@code into:}, {@code db:}, {@code
 * quiet:}. Immutable.
 */
final class GeoCall {
  private static final String NAME = "geo";
  private static final int ROWS_SHOWN = 20;

  private final ConchRuntime runtime;
  private final NetServices services;

  GeoCall(ConchRuntime runtime) {
    this.runtime = runtime;
    this.services = NetServices.of(runtime);
  }

  GeoResult geo(Map<String, ?> given, Object ips) {
    Builtins.checkOptions(NAME, given);
    if (given.get("db") instanceof CharSequence || given.get("db") instanceof File) {
      throw usage("usage.geo.dbFile", given.get("db")); // the MaxMind file is database:
    }
    GeoOptions options = options(given);
    GeoResult result = services.geo().lookup(ips, options);
    Messages m = CurrentRuntime.look(runtime).messages();
    var out = runtime.output().out();
    boolean quiet = Boolean.TRUE.equals(given.get("quiet"));
    if (!quiet) {
      out.println(table(result, m));
      out.println(
          m.get(
              "geo.summary",
              result.size(),
              result.getFound(),
              result.getSource(),
              String.format(Locale.ROOT, "%.2f s", result.getSeconds())));
    }
    boolean credited = result.getAttribution() != null && !result.getAttribution().isEmpty();
    if (!quiet && credited) {
      out.println(result.getAttribution()); // whenever its data is shown
    }
    if (given.get("into") != null) {
      StoreResult stored =
          GeoStore.store(result, database(given.get("db")), table(given.get("into")));
      if (!quiet) {
        out.println(
            m.get(
                "geo.stored", stored.rows(), stored.table(), stored.database(), stored.batches()));
      }
    }
    return result;
  }

  private Database database(Object db) {
    return switch (db) {
      case null -> services.database();
      case SharedSql sql -> sql.getDatabase();
      case Database d -> d;
      default -> throw usage("usage.geo.db", db);
    };
  }

  private static String table(Object into) {
    return into instanceof Boolean ? GeoStore.TABLE : String.valueOf(into);
  }

  private GeoOptions options(Map<String, ?> given) {
    GeoOptions o = GeoOptions.defaults();
    if (given.containsKey("provider")) {
      GeoProvider provider = GeoProvider.parse(String.valueOf(given.get("provider")));
      o = o.withProvider(provider);
    }
    Object file = given.containsKey("database") ? given.get("database") : services.geoDatabase();
    if (file != null) {
      o = o.withDatabase(file instanceof File f ? f.toPath() : Path.of(file.toString()));
    }
    if (given.containsKey("url")) {
      o = o.withUrl(URI.create(String.valueOf(given.get("url"))));
    }
    if (given.containsKey("fields")) {
      if (!(given.get("fields") instanceof List<?> fields)) {
        throw usage("usage.geo.fields", given.get("fields"));
      }
      o = o.withFields(fields.stream().map(String::valueOf).toList());
    }
    if (given.containsKey("parallel")) {
      o = o.withParallel(whole(given.get("parallel"), "parallel"));
    }
    if (given.containsKey("timeout")) {
      if (!(given.get("timeout") instanceof Number n) || !(n.doubleValue() > 0)) {
        throw usage("usage.geo.timeout", given.get("timeout"));
      }
      o = o.withTimeout(Duration.ofMillis(Math.max(1, Math.round(n.doubleValue() * 1000))));
    }
    return o;
  }

  private static int whole(Object value, String key) {
    if ((value instanceof Integer || value instanceof Long || value instanceof BigInteger)
        && new BigInteger(value.toString()).bitLength() < 31) {
      return ((Number) value).intValue();
    }
    throw usage("usage.geo.whole", key, value);
  }

  /**
   * The first rows as a table (ip, status, country, region, city, lat, lon), then how many more.
   */
  static String table(GeoResult result, Messages m) {
    List<List<String>> rows = new ArrayList<>();
    for (GeoRow row : result.getRows().subList(0, Math.min(ROWS_SHOWN, result.size()))) {
      rows.add(
          List.of(
              row.ip(),
              row.isSuccess() ? row.status() : row.status() + ": " + row.message(),
              text(row.countryCode()),
              text(row.region()),
              text(row.city()),
              row.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", row.lat()),
              row.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", row.lon())));
    }
    String table =
        TextTable.render(
            List.of("ip", "status", "country", "region", "city", "lat", "lon"),
            rows,
            false,
            false,
            false,
            false,
            false,
            true,
            true);
    return result.size() > ROWS_SHOWN
        ? table + "\n" + m.get("geo.more", result.size() - ROWS_SHOWN)
        : table;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static UsageError usage(String key, Object... args) {
    return new UsageError(Builtins.find(NAME).orElseThrow(), key, args);
  }
}
