package dev.conch.net.geo.offline;

import dev.conch.net.geo.Failures;
import dev.conch.net.geo.GeoError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Gets DB-IP's monthly "IP to City Lite" file ({@code dbip-city-lite-YYYY-MM.mmdb.gz}, this month's
 * or else last month's) from db-ip.com or from a base URL given instead (a teacher's server), or
 * one file from a full URL. The file arrives as a {@code .part}, is unpacked, and must open as a
 * MaxMind DB before it atomically replaces {@value #FILE}; the file it replaces stays beside it as
 * {@code .previous}. Stateless apart from its hooks; safe to use from any task, one fetch per
 * directory at a time.
 */
public final class DbIpFetch {
  /** Where DB-IP publishes its free files. */
  public static final URI DB_IP = URI.create("https://download.db-ip.com/free/");

  /** The name the database gets in its directory. */
  public static final String FILE = "dbip-city-lite.mmdb";

  /** The largest unpacked file accepted (the real one is about 130 MB). */
  static final long MOST_BYTES = 1L << 30;

  private final Downloader downloader;
  private final Clock clock;

  /** Fetches through {@code downloader}, judging "this month" by {@code clock}. */
  public DbIpFetch(Downloader downloader, Clock clock) {
    this.downloader = downloader;
    this.clock = clock;
  }

  /** The file names to try at a base URL: this month's, then last month's. */
  List<URI> candidates(URI from) {
    URI source = from == null ? DB_IP : from;
    String path = source.getPath() == null ? "" : source.getPath();
    if (path.endsWith(".gz") || path.endsWith(".mmdb")) {
      return List.of(source);
    }
    URI base = path.endsWith("/") ? source : URI.create(source + "/");
    YearMonth now = YearMonth.now(clock);
    List<URI> names = new ArrayList<>();
    for (YearMonth month : List.of(now, now.minusMonths(1))) {
      names.add(base.resolve(String.format(Locale.ROOT, "dbip-city-lite-%s.mmdb.gz", month)));
    }
    return names;
  }

  /**
   * Fetches into {@code dir} and installs the file when it opens.
   *
   * @throws GeoError {@code geo.fetch.missing}, {@code geo.fetch.http}, {@code geo.fetch.io} or
   *     {@code geo.fetch.invalid}; the file in use is then left as it was
   */
  public FetchResult fetch(URI from, Path dir) throws InterruptedException {
    Path packed = dir.resolve(FILE + ".gz.part");
    Path part = dir.resolve(FILE + ".part");
    List<URI> candidates = candidates(from);
    URI url = candidates.getFirst();
    try {
      Files.createDirectories(dir);
      url = download(candidates, packed);
      unpack(url, packed, part);
      String type = checked(url, part);
      return install(url, part, dir, type);
    } catch (IOException e) {
      throw new GeoError("geo.fetch.io", e, "geo: fetch %s: %s", url, Failures.of(e));
    } finally {
      deleteQuietly(packed);
      deleteQuietly(part);
    }
  }

  private URI download(List<URI> candidates, Path packed) throws IOException, InterruptedException {
    for (URI url : candidates) {
      Files.deleteIfExists(packed);
      int status;
      try {
        status = downloader.fetch(url, packed);
      } catch (IOException e) {
        throw new GeoError("geo.fetch.io", e, "geo: fetch %s: %s", url, Failures.of(e));
      }
      if (status == 200) {
        return url;
      }
      if (status != 404) {
        throw new GeoError("geo.fetch.http", "geo: fetch %s: HTTP %d", url, status);
      }
    }
    String tried = String.join(" or ", candidates.stream().map(URI::toString).toList());
    throw new GeoError("geo.fetch.missing", "geo: fetch: %s: HTTP 404", tried);
  }

  /** Unpacks a {@code .gz} into {@code part}; a plain {@code .mmdb} is moved there. */
  private static void unpack(URI url, Path packed, Path part) throws IOException {
    if (!url.getPath().endsWith(".gz")) {
      Files.move(packed, part, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(packed), 1 << 16);
        OutputStream out = Files.newOutputStream(part)) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > MOST_BYTES) {
          throw new IOException("unpacked file larger than " + MOST_BYTES + " bytes");
        }
        out.write(buffer, 0, n);
      }
    }
  }

  /** The type of the database in {@code part}, which must open and say where an address is. */
  private static String checked(URI url, Path part) {
    try (GeoDatabase db = GeoDatabase.open(part)) {
      db.lookup("192.0.2.1");
      return db.type();
    } catch (GeoError e) {
      throw new GeoError(
          "geo.fetch.invalid",
          e,
          "geo: fetch %s: not a MaxMind DB file; the one in use is kept",
          url);
    }
  }

  private static FetchResult install(URI url, Path part, Path dir, String type) throws IOException {
    Path target = dir.resolve(FILE);
    Path previous = dir.resolve(FILE + ".previous");
    Path kept = null;
    if (Files.exists(target)) {
      Path link = dir.resolve(FILE + ".previous.part");
      Files.deleteIfExists(link);
      try {
        Files.createLink(link, target); // the old bytes keep a name while the new file moves in
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(target, link);
      }
      Files.move(link, previous, StandardCopyOption.REPLACE_EXISTING);
      kept = previous;
    }
    long bytes = Files.size(part);
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    String attribution;
    try (GeoDatabase db = GeoDatabase.open(target)) {
      attribution = db.attribution();
    }
    return new FetchResult(target, url, bytes, type, kept, attribution);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover .part is overwritten by the next fetch
    }
  }
}
