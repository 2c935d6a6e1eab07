package dev.conch.net.geo;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where offline data is looked for, in order: an explicit path, the environment variable {@value
 * #ENV}, the newest {@code *.mmdb} in {@code ~/.conch/geo/}, then the system's {@code
 * /usr/share/GeoIP} and {@code /var/lib/GeoIP} (a city file before a country one). Files of other
 * kinds (ASN, ISP, anonymous IP) are passed over. Immutable and thread-safe.
 *
 * @param home the user's home directory
 * @param env the environment
 * @param systemDirs the system's directories of MaxMind DB files, searched in order
 */
public record GeoPlaces(Path home, Map<String, String> env, List<Path> systemDirs) {
  /** The environment variable naming a database file. */
  public static final String ENV = "CONCH_GEO_DB";

  /** How a learner gets offline data, said when none is found. */
  public static final String HOW_TO_GET_DATA =
      "run /geo fetch (DB-IP Lite City, CC BY 4.0, into ~/.conch/geo),"
          + " put a .mmdb file in ~/.conch/geo, or set "
          + ENV;

  private static final int MOST_FILES = 1000;

  /** The places as given; the environment and the list are copied. */
  public GeoPlaces {
    env = Map.copyOf(env);
    systemDirs = List.copyOf(systemDirs);
  }

  /** This machine's places: the user's home, the process's environment, the system's dirs. */
  public static GeoPlaces ofSystem() {
    return new GeoPlaces(
        Path.of(System.getProperty("user.home")),
        System.getenv(),
        List.of(Path.of("/usr/share/GeoIP"), Path.of("/var/lib/GeoIP")));
  }

  /** {@code ~/.conch/geo}: where fetched data goes. */
  public Path geoDir() {
    return home.resolve(".conch").resolve("geo");
  }

  /**
   * The database file to read: {@code explicit} when given, else the first found in order; empty
   * when there is none. A path that is named (explicitly or by {@value #ENV}) is returned even when
   * missing, so that opening it says so.
   */
  public Optional<Path> find(Path explicit) {
    if (explicit != null) {
      return Optional.of(explicit);
    }
    String named = env.get(ENV);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named.strip()));
    }
    Optional<Path> own = newest(geoDir(), false);
    if (own.isPresent()) {
      return own;
    }
    for (Path dir : systemDirs) {
      Optional<Path> found = newest(dir, true);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The newest location file in {@code dir}; city files before others when {@code cityFirst}. */
  private static Optional<Path> newest(Path dir, boolean cityFirst) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.mmdb")) {
      for (Path entry : entries) {
        if (files.size() < MOST_FILES && Files.isRegularFile(entry) && locates(entry)) {
          files.add(entry);
        }
      }
    } catch (IOException e) {
      return Optional.empty(); // an unreadable directory holds nothing we can use
    }
    Comparator<Path> order = Comparator.comparing(GeoPlaces::modified).reversed();
    if (cityFirst) {
      order = Comparator.comparing((Path p) -> !isCity(p)).thenComparing(order);
    }
    return files.stream().min(order.thenComparing(Comparator.naturalOrder()));
  }

  /** Whether a file's name says it places addresses (not an ASN, ISP or proxy list). */
  private static boolean locates(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !(name.contains("asn")
        || name.contains("isp")
        || name.contains("anonymous")
        || name.contains("domain")
        || name.contains("connection"));
  }

  private static boolean isCity(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).contains("city");
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
