package dev.conch.net.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conch.net.geo.offline.GeoDatabase;
import dev.conch.net.geo.offline.OfflineLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline lookups in both schemas of MaxMind DB file, with the credit each licence asks for. */
class GeoOfflineTest {
  @TempDir Path home;

  private final List<GeoDatabase> opened = new ArrayList<>();

  private GeoDatabase open(String fixture) {
    GeoDatabase db = GeoDatabase.open(GeoFixtures.file(fixture));
    opened.add(db);
    return db;
  }

  @AfterEach
  void closeDatabases() {
    opened.forEach(GeoDatabase::close);
  }

  @Test
  void aGeoLite2FileGivesCountryRegionCityAndLocation() {
    GeoRow row = open(GeoFixtures.GEOLITE2).lookup("192.0.2.1");
    assertThat(row.isSuccess()).isTrue();
    assertThat(row.ip()).isEqualTo("192.0.2.1");
    assertThat(row.country()).isEqualTo("United States");
    assertThat(row.countryCode()).isEqualTo("US");
    assertThat(row.region()).isEqualTo("Oregon");
    assertThat(row.city()).isEqualTo("Fernwick G0");
    assertThat(row.lat()).isEqualTo(45.52);
    assertThat(row.lon()).isEqualTo(-122.68);
    assertThat(row.timezone()).isEqualTo("America/Los_Angeles");
    assertThat(row.source()).isEqualTo("offline");
    assertThat(row.message()).isNull();
  }

  @Test
  void aGeoLite2FileLocatesIpv6Too() {
    GeoRow row = open(GeoFixtures.GEOLITE2).lookup("2001:db8:4000::1");
    assertThat(row.city()).isEqualTo("Kitamori G26");
    assertThat(row.countryCode()).isEqualTo("JP");
    assertThat(row.lat()).isCloseTo(43.086, within(1e-9));
  }

  @Test
  void aFlatDbIpFileGivesTheSameColumnsWithTheCountryNamedFromItsCode() {
    GeoRow row = open(GeoFixtures.DBIP).lookup("198.51.100.33");
    assertThat(row.toMap())
        .containsExactly(
            entry("ip", "198.51.100.33"),
            entry("status", "success"),
            entry("message", null),
            entry("country", "Germany"),
            entry("countryCode", "DE"),
            entry("region", "Saxony"),
            entry("city", "Lindenau D9"),
            entry("lat", 51.349),
            entry("lon", 12.361),
            entry("timezone", "Europe/Berlin"),
            entry("source", "offline"));
  }

  @Test
  void flatRowsOfOneCountryShareOneCodeStringWhateverRecordTheyCameFrom() {
    GeoDatabase db = open(GeoFixtures.DBIP);
    GeoRow first = db.lookup("192.0.2.33"); // network 1
    GeoRow second = db.lookup("198.51.100.33"); // network 9: another record, the same country
    assertThat(first.city()).isNotEqualTo(second.city());
    assertThat(first.countryCode()).isEqualTo("DE").isSameAs(second.countryCode());
  }

  private static Map.Entry<String, Object> entry(String key, Object value) {
    return new AbstractMap.SimpleEntry<>(key, value);
  }

  @Test
  void aCountryOnlyRecordLeavesCityAndRegionEmpty() {
    for (String fixture : List.of(GeoFixtures.GEOLITE2, GeoFixtures.DBIP)) {
      GeoRow row = open(fixture).lookup("203.0.113.230");
      assertThat(row.isSuccess()).as(fixture).isTrue();
      assertThat(row.country()).as(fixture).isEqualTo("India");
      assertThat(row.city()).as(fixture).isNull();
      assertThat(row.region()).as(fixture).isNull();
    }
  }

  @Test
  void addressesNobodyCanLocateAreFailRowsWithIpApisWords() {
    GeoDatabase db = open(GeoFixtures.DBIP);
    assertThat(db.lookup("10.1.2.3"))
        .isEqualTo(GeoRow.failed("10.1.2.3", "private range", "offline"));
    assertThat(db.lookup("192.168.0.9").message()).isEqualTo("private range");
    assertThat(db.lookup("127.0.0.1").message()).isEqualTo("reserved range");
    assertThat(db.lookup("224.0.0.1").message()).isEqualTo("reserved range");
    assertThat(db.lookup("not-an-ip").message()).isEqualTo("invalid query");
    assertThat(db.lookup("999.1.1.1").message()).isEqualTo("invalid query");
    assertThat(db.lookup("").message()).isEqualTo("invalid query");
    assertThat(db.lookup("2001:db8::1").message()).isEqualTo("reserved range"); // v6 in a v4 file
    assertThat(db.lookup("11.22.33.44").message()).isEqualTo("not in database");
  }

  @Test
  void eachFileSaysTheCreditItsLicenceAsksFor() {
    assertThat(open(GeoFixtures.DBIP).attribution())
        .isEqualTo(
            "IP Geolocation by DB-IP (https://db-ip.com), licensed under CC BY 4.0"
                + " (https://creativecommons.org/licenses/by/4.0/)");
    assertThat(open(GeoFixtures.GEOLITE2).attribution())
        .isEqualTo(
            "This product includes GeoLite2 data created by MaxMind, available from"
                + " https://www.maxmind.com.");
  }

  @Test
  void aLookupThroughTheEngineKeepsOrderAndCarriesTheCredit() {
    try (Geo geo = new Geo(places(), null, Clock.systemUTC())) {
      GeoResult result =
          geo.lookup(
              List.of("192.0.2.1", "10.0.0.1", "bogus", "198.51.100.33"),
              GeoOptions.defaults()
                  .withProvider(GeoProvider.OFFLINE)
                  .withDatabase(GeoFixtures.file(GeoFixtures.DBIP)));
      assertThat(result.getRows())
          .extracting(GeoRow::ip, GeoRow::status, GeoRow::message)
          .containsExactly(
              tuple("192.0.2.1", "success", null),
              tuple("10.0.0.1", "fail", "private range"),
              tuple("bogus", "fail", "invalid query"),
              tuple("198.51.100.33", "success", null));
      assertThat(result.getSource()).isEqualTo("offline");
      assertThat(result.getAttribution()).startsWith("IP Geolocation by DB-IP");
      assertThat(result.getNote()).isNull();
      assertThat(result.isComplete()).isTrue();
      assertThat(result.getFound()).isEqualTo(2);
    }
  }

  @Test
  void autoPicksOfflineWhenADatabaseIsFoundAndSaysSo() {
    Path file = GeoFixtures.copy(GeoFixtures.GEOLITE2, home.resolve(".conch/geo/mine.mmdb"));
    try (Geo geo = new Geo(places(), null, Clock.systemUTC())) {
      GeoResult result = geo.lookup("198.51.100.7", GeoOptions.defaults());
      assertThat(result.getSource()).isEqualTo("offline");
      assertThat(result.getDatabase()).isEqualTo(file);
      assertThat(result.getNote()).isEqualTo("auto: offline, " + file);
      assertThat(result.get(0).city()).isEqualTo("Fernwick G8");
      assertThat(result.getAttribution()).contains("GeoLite2");
    }
  }

  @Test
  void aLongListIsSplitAcrossThreadsAndComesBackInOrder() {
    List<String> ips = new ArrayList<>();
    for (int i = 0; i < OfflineLookup.PARALLEL_FROM * 2 + 7; i++) {
      ips.add(i % 3 == 0 ? "10.0.0." + (i % 250) : "192.0.2." + (i % 256));
    }
    try (Geo geo = new Geo(places(), null, Clock.systemUTC())) {
      GeoResult result =
          geo.lookup(ips, GeoOptions.defaults().withDatabase(GeoFixtures.file(GeoFixtures.DBIP)));
      assertThat(result.size()).isEqualTo(ips.size());
      for (int i = 0; i < ips.size(); i++) {
        GeoRow row = result.get(i);
        assertThat(row.ip()).isEqualTo(ips.get(i));
        assertThat(row.isSuccess()).isEqualTo(i % 3 != 0);
      }
    }
  }

  @Test
  void anInterruptedLookupStopsWithinAFewThousandLookups() {
    GeoDatabase db = open(GeoFixtures.DBIP);
    List<String> ips = Collections.nCopies(OfflineLookup.PARALLEL_FROM * 3, "192.0.2.1");
    for (List<String> list : List.of(ips, ips.subList(0, 10_000))) {
      GeoRow[] rows = new GeoRow[list.size()];
      Thread.currentThread().interrupt(); // Ctrl-C
      assertThatThrownBy(() -> OfflineLookup.run(db, list, rows, new GeoProgress(list.size(), "x")))
          .isInstanceOf(InterruptedException.class);
      long done = Arrays.stream(rows).filter(Objects::nonNull).count();
      assertThat(done)
          .as("lookups done of " + list.size())
          .isLessThan(4 * OfflineLookup.CHECK_EVERY);
      Thread.interrupted();
    }
  }

  @Test
  void aLookupInterruptedBeforeItBeginsGivesBackEveryRowMarkedSo() {
    try (Geo geo = new Geo(places(), null, Clock.systemUTC())) {
      Thread.currentThread().interrupt();
      GeoResult result =
          geo.lookup(
              List.of("192.0.2.1", "192.0.2.2"),
              GeoOptions.defaults().withDatabase(GeoFixtures.file(GeoFixtures.DBIP)));
      assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
      assertThat(result.isComplete()).isFalse();
      assertThat(result.getRows()).extracting(GeoRow::message).containsOnly("interrupted");
    }
  }

  @Test
  void offlineWithNoDatabaseSaysHowToGetOne() {
    try (Geo geo = new Geo(places(), null, Clock.systemUTC())) {
      assertThatThrownBy(
              () ->
                  geo.lookup("192.0.2.1", GeoOptions.defaults().withProvider(GeoProvider.OFFLINE)))
          .isInstanceOfSatisfying(
              GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.offline.none"))
          .hasMessage(
              "geo: no offline database; run /geo fetch (DB-IP Lite City, CC BY 4.0, into"
                  + " ~/.conch/geo), put a .mmdb file in ~/.conch/geo, or set CONCH_GEO_DB");
    }
  }

  @Test
  void aMissingOrWrongFileIsOneLine() throws Exception {
    Path missing = home.resolve("nope.mmdb");
    assertThatThrownBy(() -> GeoDatabase.open(missing))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.db.missing"))
        .hasMessage("geo: " + missing + ": no such database file");
    Path text = Files.writeString(home.resolve("text.mmdb"), "hello, not a database\n");
    assertThatThrownBy(() -> GeoDatabase.open(text))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.db.invalid"))
        .hasMessageStartingWith("geo: " + text + ": not a MaxMind DB file (")
        .hasMessageNotContaining("\n");
  }

  private GeoPlaces places() {
    return new GeoPlaces(home, Map.of(), List.of());
  }
}
