package dev.conch.net.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where offline data is looked for, and in which order. */
class GeoPlacesTest {
  @TempDir Path root;

  private Path file(String relative, String when) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, relative);
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse(when)));
    return file;
  }

  private GeoPlaces places(Map<String, String> env) {
    return new GeoPlaces(
        root.resolve("home"), env, List.of(root.resolve("usr-share"), root.resolve("var-lib")));
  }

  @Test
  void anExplicitPathComesFirstThenTheEnvironmentEvenWhenMissing() {
    Path explicit = root.resolve("mine.mmdb");
    Path named = root.resolve("named.mmdb");
    GeoPlaces places = places(Map.of("CONCH_GEO_DB", named.toString()));
    assertThat(places.find(explicit)).contains(explicit);
    assertThat(places.find(null)).contains(named);
  }

  @Test
  void theNewestFileInConchsFolderComesBeforeTheSystems() throws Exception {
    file("usr-share/GeoLite2-City.mmdb", "2026-12-01T00:00:00Z");
    file("home/.conch/geo/old.mmdb", "2026-01-01T00:00:00Z");
    Path newest = file("home/.conch/geo/dbip-city-lite.mmdb", "2026-11-01T00:00:00Z");
    file("home/.conch/geo/dbip-city-lite.mmdb.previous", "2026-12-01T00:00:00Z");
    assertThat(places(Map.of()).find(null)).contains(newest);
  }

  @Test
  void theSystemsCityFileIsPreferredAndAsnFilesArePassedOver() throws Exception {
    file("usr-share/GeoLite2-ASN.mmdb", "2026-12-05T00:00:00Z");
    file("usr-share/GeoLite2-Country.mmdb", "2026-12-04T00:00:00Z");
    Path city = file("usr-share/GeoLite2-City.mmdb", "2026-10-01T00:00:00Z");
    file("var-lib/GeoIP2-City.mmdb", "2026-12-06T00:00:00Z");
    assertThat(places(Map.of()).find(null)).contains(city);
  }

  @Test
  void nothingFoundIsEmpty() throws Exception {
    file("usr-share/GeoLite2-ASN.mmdb", "2026-12-05T00:00:00Z");
    assertThat(places(Map.of()).find(null)).isEmpty();
    assertThat(places(Map.of()).geoDir()).isEqualTo(root.resolve("home/.conch/geo"));
  }
}
