package dev.conch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The geo bench's databases: a large synthetic MaxMind DB file of each schema, made once by {@code
 * src/test/resources/geo/make-bench-mmdb.pl} into {@code target/bench-geo/} and made again when the
 * script is newer than the file. Without perl and MaxMind::DB::Writer it falls back to the small
 * test fixture of the same schema and says why. Stateless; the calling thread waits for perl.
 */
final class SyntheticMmdb {
  /** About how many networks each file holds. */
  static final int NETWORKS = 200_000;

  static final String INSTALL = "apt-get install -y libmaxmind-db-writer-perl";

  private static final Duration LIMIT = Duration.ofMinutes(5);

  /** The two schemas Conch reads, with the script's word and the fixture of each. */
  enum Schema {
    FLAT("DB-IP Lite flat schema", "flat", "dbip-city-lite-test.mmdb"),
    GEOLITE2("GeoLite2-City schema", "geolite2", "geolite2-city-test.mmdb");

    private final String label;
    private final String word;
    private final String fixture;

    Schema(String label, String word, String fixture) {
      this.label = label;
      this.word = word;
      this.fixture = fixture;
    }

    /** How reports name it. */
    String label() {
      return label;
    }
  }

  /**
   * A database to read.
   *
   * @param file the MaxMind DB file
   * @param large whether it is the large synthetic one, not the fallback fixture
   * @param note what it is, or why the fixture stands in
   */
  record Made(Path file, boolean large, String note) {}

  private SyntheticMmdb() {}

  /** The file of {@code schema} under {@code home}: made or reused, else the fixture. */
  static Made of(Schema schema, Path home, Report report) throws InterruptedException {
    Path resources = home.resolve("src/test/resources/geo");
    Path script = resources.resolve("make-bench-mmdb.pl");
    Path file = home.resolve("target/bench-geo").resolve(schema.word + "-" + NETWORKS + ".mmdb");
    Path fixture = resources.resolve(schema.fixture);
    try {
      if (isFresh(file, script)) {
        return made(schema, file, "reused");
      }
      Optional<String> why = cannotMake();
      if (why.isPresent()) {
        return fallback(schema, fixture, why.get());
      }
      report.progress("geo: writing " + file + " with make-bench-mmdb.pl (a minute at most) …");
      Files.createDirectories(file.getParent());
      List<String> command =
          List.of(
              "perl", script.toString(), file.toString(), schema.word, Integer.toString(NETWORKS));
      String printed = Capture.run(command, Map.of(), LIMIT).strip();
      if (!isFresh(file, script)) {
        return fallback(schema, fixture, "make-bench-mmdb.pl failed: " + printed);
      }
      return made(schema, file, "made now");
    } catch (IOException | ProbeException e) {
      return fallback(schema, fixture, e.getMessage());
    }
  }

  private static boolean isFresh(Path file, Path script) throws IOException {
    return Files.isRegularFile(file)
        && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(script)) >= 0;
  }

  /** Why perl cannot write MaxMind DB files here, or empty when it can. */
  private static Optional<String> cannotMake() throws InterruptedException {
    if (Tools.onPath("perl").isEmpty()) {
      return Optional.of("no perl on the PATH; " + INSTALL);
    }
    try {
      String said =
          Capture.run(
              List.of("perl", "-MMaxMind::DB::Writer::Tree", "-e", "print 'ok'"),
              Map.of(),
              Duration.ofSeconds(30));
      return said.strip().equals("ok")
          ? Optional.empty()
          : Optional.of("perl has no MaxMind::DB::Writer; " + INSTALL);
    } catch (ProbeException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static Made made(Schema schema, Path file, String how) throws IOException {
    return new Made(
        file,
        true,
        String.format(
            Locale.ROOT,
            "%s: %s (%s, synthetic, about %,d networks, %.1f MB)",
            schema.label,
            file,
            how,
            NETWORKS,
            Files.size(file) / 1e6));
  }

  private static Made fallback(Schema schema, Path fixture, String why) {
    return new Made(
        fixture,
        false,
        schema.label
            + ": the large synthetic database cannot be made ("
            + why
            + "); read the 24-network test fixture "
            + fixture
            + " instead, whose tiny tree flatters every reader and holds none of the addresses");
  }
}
