package dev.conch.net.geo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The two synthetic MMDB files of {@code src/test/resources/geo} (made by its {@code
 * make-fixtures.pl}) and the documentation addresses the tests look up in them. Stateless.
 */
public final class GeoFixtures {
  /** GeoIP2/GeoLite2-City schema, IPv4 and IPv6, type {@code GeoLite2-City}. */
  public static final String GEOLITE2 = "geolite2-city-test.mmdb";

  /** DB-IP Lite's flat schema, IPv4 only, type {@code city ipv4}. */
  public static final String DBIP = "dbip-city-lite-test.mmdb";

  private GeoFixtures() {}

  /** The fixture file {@code name} where the build put it. */
  public static Path file(String name) {
    try {
      return Path.of(GeoFixtures.class.getResource("/geo/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A copy of fixture {@code name} at {@code target}. */
  static Path copy(String name, Path target) {
    try {
      Files.createDirectories(target.getParent());
      return Files.copy(file(name), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture {@code name}, gzipped. */
  public static byte[] gzipped(String name) {
    try {
      var bytes = new ByteArrayOutputStream();
      try (OutputStream out = new GZIPOutputStream(bytes)) {
        out.write(Files.readAllBytes(file(name)));
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
