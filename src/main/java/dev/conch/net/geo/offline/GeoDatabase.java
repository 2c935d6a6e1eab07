package dev.conch.net.geo.offline;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DeserializationException;
import com.maxmind.db.InvalidNetworkException;
import com.maxmind.db.MaxMindDbParameter;
import com.maxmind.db.Metadata;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import dev.conch.net.geo.Attribution;
import dev.conch.net.geo.GeoError;
import dev.conch.net.geo.GeoRow;
import dev.conch.net.geo.IpRanges;
import dev.conch.net.geo.offline.MmdbRecords.FlatCity;
import dev.conch.net.geo.offline.MmdbRecords.GeoIp2City;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One MaxMind DB file opened for lookups: memory-mapped, with a {@link CHMCache} of decoded values
 * and, for IPv4, the rows it made kept by the record they came from ({@link MmdbTree}), in either
 * city schema (GeoIP2/GeoLite2 nested maps, or DB-IP Lite's flat repack), together with the
 * attribution its licence asks for. Thread-safe: one reader serves every thread (the MaxMind reader
 * is thread-safe), the kept rows are a concurrent map, the fields are final.
 */
public final class GeoDatabase implements AutoCloseable {
  /** The word of a row whose address the file holds nothing for. */
  public static final String NOT_FOUND = "not in database";

  /** The source word of every row it gives. */
  public static final String SOURCE = "offline";

  private static final int CACHE_ENTRIES = 16_384;

  /** How many records' rows it keeps, made once each; records beyond are decoded every time. */
  private static final int ROWS_KEPT = 131_072;

  /** What {@link #rows} keeps for a record that locates nobody (DB-IP's {@code ZZ}). */
  private static final GeoRow NOBODY = GeoRow.failed(null, NOT_FOUND, SOURCE);

  /** The two shapes of record a city database can have. */
  enum Schema {
    GEOIP2,
    FLAT
  }

  private final Path path;
  private final Reader reader;
  private final Schema schema;
  private final String attribution;
  private final Object fileKey;
  private final FileTime modified;
  private final MmdbTree tree;
  private final Map<Long, GeoRow> rows = new ConcurrentHashMap<>();

  private GeoDatabase(
      Path path, Reader reader, Schema schema, BasicFileAttributes attributes, MmdbTree tree) {
    this.path = path;
    this.reader = reader;
    this.tree = tree;
    this.schema = schema;
    this.attribution = Attribution.of(reader.getMetadata(), schema == Schema.FLAT);
    this.fileKey = attributes.fileKey();
    this.modified = attributes.lastModifiedTime();
  }

  /**
   * Opens {@code path} and finds its schema.
   *
   * @throws GeoError {@code geo.db.missing} when there is no such file, {@code geo.db.invalid} when
   *     it is not a MaxMind DB file
   */
  public static GeoDatabase open(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new GeoError("geo.db.missing", "geo: %s: no such database file", path);
    }
    Reader reader = null;
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      reader =
          new Reader(path.toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache(CACHE_ENTRIES));
      MmdbTree tree = MmdbTree.of(path, reader.getMetadata());
      return new GeoDatabase(path, reader, schemaOf(reader), attributes, tree);
    } catch (ClosedByInterruptException e) {
      closeQuietly(reader);
      throw new GeoError("geo.interrupted", e, "geo: %s: interrupted while opening the file", path);
    } catch (IOException | InvalidNetworkException | RuntimeException e) {
      closeQuietly(reader);
      throw new GeoError(
          "geo.db.invalid", e, "geo: %s: not a MaxMind DB file (%s)", path, problem(e));
    }
  }

  /** The file it reads. */
  public Path path() {
    return path;
  }

  /** Whether the file at its path is no longer the one it read (replaced or touched). */
  public boolean isStale() {
    try {
      BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
      return !now.lastModifiedTime().equals(modified)
          || (fileKey != null && !fileKey.equals(now.fileKey()));
    } catch (IOException e) {
      return true;
    }
  }

  /** Which of the two schemas its records have. */
  Schema schema() {
    return schema;
  }

  /** The type the file says it is: {@code GeoLite2-City}, {@code city ipv4}, … */
  public String type() {
    return reader.getMetadata().databaseType();
  }

  /** When the file was built. */
  public Instant built() {
    return reader.getMetadata().buildTime();
  }

  /** The credit to show with its data. */
  public String attribution() {
    return attribution;
  }

  /** Where {@code ip} is; a failed row when it is no address or the file holds nothing for it. */
  public GeoRow lookup(String ip) {
    long ipv4 = tree == null || ip == null ? -1 : IpRanges.ipv4(ip);
    if (ipv4 >= 0) {
      return lookup(ip, tree.recordOf((int) ipv4));
    }
    InetAddress address = IpRanges.parse(ip);
    if (address == null) {
      return GeoRow.failed(ip, IpRanges.INVALID, SOURCE);
    }
    GeoRow row = find(ip, address);
    return row != null ? row : notFound(ip, address);
  }

  /** Where the IPv4 {@code ip} is, {@code record} being what the tree gives for it. */
  private GeoRow lookup(String ip, long record) {
    GeoRow kept = record < 0 ? NOBODY : rows.get(record);
    if (kept == null) {
      InetAddress address = IpRanges.parse(ip);
      GeoRow row = find(ip, address);
      if (rows.size() < ROWS_KEPT) {
        rows.putIfAbsent(record, row == null ? NOBODY : row.at(null));
      }
      return row != null ? row : notFound(ip, address);
    }
    return kept != NOBODY ? kept.at(ip) : notFound(ip, IpRanges.parse(ip));
  }

  private static GeoRow notFound(String ip, InetAddress address) {
    String reason = IpRanges.reason(address);
    return GeoRow.failed(ip, reason != null ? reason : NOT_FOUND, SOURCE);
  }

  /** Where {@code address} is as the reader decodes it, keeping nothing; null when not found. */
  GeoRow find(String ip, InetAddress address) {
    Metadata metadata = reader.getMetadata();
    if (address instanceof Inet6Address && metadata.ipVersion() == 4) {
      return null;
    }
    try {
      return schema == Schema.FLAT
          ? flat(ip, reader.get(address, FlatCity.class))
          : geoIp2(ip, reader.get(address, GeoIp2City.class));
    } catch (IOException | DeserializationException e) {
      throw new GeoError(
          "geo.db.read", e, "geo: %s: cannot read the record of %s (%s)", path, ip, problem(e));
    }
  }

  private static GeoRow flat(String ip, FlatCity r) {
    if (r == null || unknown(r.countryCode())) {
      return null;
    }
    CountryNames.Country country = CountryNames.of(r.countryCode());
    return GeoRow.found(
        ip,
        country.name(),
        country.code(),
        blankless(r.state1()),
        blankless(r.city()),
        number(r.latitude()),
        number(r.longitude()),
        blankless(r.timezone()),
        SOURCE);
  }

  private static GeoRow geoIp2(String ip, GeoIp2City r) {
    if (r == null || r.country() == null || unknown(r.country().isoCode())) {
      return null;
    }
    var where = r.location();
    return GeoRow.found(
        ip,
        r.country().en(),
        r.country().isoCode(),
        r.region(),
        r.city() == null ? null : r.city().en(),
        where == null ? null : number(where.latitude()),
        where == null ? null : number(where.longitude()),
        where == null ? null : where.timeZone(),
        SOURCE);
  }

  /** A country the data does not know: none, or DB-IP's {@code ZZ} for reserved blocks. */
  private static boolean unknown(String code) {
    return code == null || code.isBlank() || "ZZ".equals(code);
  }

  private static String blankless(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** A coordinate as written: a float read as its decimal text, so 45.52f stays 45.52. */
  static Double number(Object value) {
    return switch (value) {
      case Float f -> FloatDecimal.of(f);
      case Number n -> n.doubleValue();
      case String s when !s.isBlank() -> parsed(s);
      case null, default -> null;
    };
  }

  private static Double parsed(String text) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What a record's first keys say its schema is; an empty file is judged by its type. */
  private static Schema schemaOf(Reader reader) throws IOException, InvalidNetworkException {
    Networks<Shape> networks = reader.networks(Shape.class);
    if (networks.hasNext()) {
      Shape first = networks.next().data();
      return first.countryCode() != null || first.city() instanceof String
          ? Schema.FLAT
          : Schema.GEOIP2;
    }
    String type = reader.getMetadata().databaseType();
    return type != null && type.matches("(?i)(city|country)[ _-]?ipv[46].*")
        ? Schema.FLAT
        : Schema.GEOIP2;
  }

  /** Just enough of a record to tell the schemas apart. Public for the reader's reflection. */
  public record Shape(
      @MaxMindDbParameter(name = "country_code") Object countryCode,
      @MaxMindDbParameter(name = "city") Object city) {}

  private static String problem(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message.strip();
  }

  private static void closeQuietly(Reader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was read from it; the open error is the one to report
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(reader);
  }

  @Override
  public String toString() {
    return "geo database " + path + " (" + type() + ")";
  }
}
