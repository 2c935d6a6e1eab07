package dev.conch.net.geo.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.conch.net.geo.Geo;
import dev.conch.net.geo.GeoError;
import dev.conch.net.geo.GeoFixtures;
import dev.conch.net.geo.GeoOptions;
import dev.conch.net.geo.GeoPlaces;
import dev.conch.net.geo.GeoResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geo.fetch} against a loopback server standing for db-ip.com: this month's file or last
 * month's, unpacked, checked, and installed only when it opens, the old one kept as {@code
 * .previous}.
 */
class GeoFetchTest {
  private static final Clock DECEMBER =
      Clock.fixed(Instant.parse("2026-12-15T12:00:00Z"), ZoneOffset.UTC);
  private static final String THIS_MONTH = "/free/dbip-city-lite-2026-12.mmdb.gz";
  private static final String LAST_MONTH = "/free/dbip-city-lite-2026-11.mmdb.gz";

  @TempDir Path home;

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private HttpServer server;
  private Geo geo;

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = files.get(path);
            int status = statuses.getOrDefault(path, body == null ? 404 : 200);
            byte[] bytes = status == 200 ? body : "no".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
          }
        });
    server.start();
    geo = new Geo(new GeoPlaces(home, Map.of(), List.of()), null, DECEMBER);
  }

  @AfterEach
  void stop() {
    geo.close();
    server.stop(0);
    threads.close();
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/free/");
  }

  private Path installed() {
    return home.resolve(".conch/geo/dbip-city-lite.mmdb");
  }

  @Test
  void thisMonthsFileIsUnpackedCheckedAndInstalledWhereAutoFindsIt() throws Exception {
    files.put(THIS_MONTH, GeoFixtures.gzipped(GeoFixtures.DBIP));
    FetchResult fetched = geo.fetch(base(), null);
    assertThat(fetched.file()).isEqualTo(installed());
    assertThat(fetched.url()).isEqualTo(base().resolve("dbip-city-lite-2026-12.mmdb.gz"));
    assertThat(fetched.type()).isEqualTo("city ipv4");
    assertThat(fetched.previous()).isNull();
    assertThat(fetched.attribution()).startsWith("IP Geolocation by DB-IP");
    assertThat(installed()).hasSameBinaryContentAs(GeoFixtures.file(GeoFixtures.DBIP));
    assertThat(leftovers()).isEmpty();
    GeoResult result = geo.lookup("198.51.100.33", GeoOptions.defaults());
    assertThat(result.getSource()).isEqualTo("offline");
    assertThat(result.get(0).city()).isEqualTo("Lindenau D9");
  }

  @Test
  void lastMonthsFileIsTakenWhenThisMonthsIsNotOutYet() throws Exception {
    files.put(LAST_MONTH, GeoFixtures.gzipped(GeoFixtures.DBIP));
    FetchResult fetched = geo.fetch(base(), null);
    assertThat(fetched.url().getPath()).isEqualTo(LAST_MONTH);
  }

  @Test
  void aNewFileReplacesTheOldWhichIsKeptAsPrevious() throws Exception {
    files.put(THIS_MONTH, GeoFixtures.gzipped(GeoFixtures.DBIP));
    geo.fetch(base(), null);
    assertThat(geo.lookup("192.0.2.1", GeoOptions.defaults()).get(0).city())
        .isEqualTo("Fernwick D0");
    files.put(THIS_MONTH, GeoFixtures.gzipped(GeoFixtures.GEOLITE2));
    FetchResult fetched = geo.fetch(base(), null);
    Path previous = home.resolve(".conch/geo/dbip-city-lite.mmdb.previous");
    assertThat(fetched.previous()).isEqualTo(previous);
    assertThat(previous).hasSameBinaryContentAs(GeoFixtures.file(GeoFixtures.DBIP));
    assertThat(installed()).hasSameBinaryContentAs(GeoFixtures.file(GeoFixtures.GEOLITE2));
    assertThat(geo.lookup("192.0.2.1", GeoOptions.defaults()).get(0).city())
        .isEqualTo("Fernwick G0");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileThatDoesNotOpenLeavesTheOneInUseAlone() throws Exception {
    files.put(THIS_MONTH, GeoFixtures.gzipped(GeoFixtures.DBIP));
    geo.fetch(base(), null);
    files.put(THIS_MONTH, gzip("<html>maintenance</html>"));
    assertThatThrownBy(() -> geo.fetch(base(), null))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.fetch.invalid"))
        .hasMessage(
            "geo: fetch "
                + base().resolve("dbip-city-lite-2026-12.mmdb.gz")
                + ": not a MaxMind DB file; the one in use is kept");
    assertThat(installed()).hasSameBinaryContentAs(GeoFixtures.file(GeoFixtures.DBIP));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void whatTheServerSaysIsOneLine() {
    assertThatThrownBy(() -> geo.fetch(base(), null))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.fetch.missing"))
        .hasMessage(
            "geo: fetch: "
                + base().resolve("dbip-city-lite-2026-12.mmdb.gz")
                + " or "
                + base().resolve("dbip-city-lite-2026-11.mmdb.gz")
                + ": HTTP 404");
    statuses.put(THIS_MONTH, 503);
    assertThatThrownBy(() -> geo.fetch(base(), null))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.fetch.http"))
        .hasMessage(
            "geo: fetch " + base().resolve("dbip-city-lite-2026-12.mmdb.gz") + ": HTTP 503");
    files.put(THIS_MONTH, new byte[] {1, 2, 3});
    statuses.remove(THIS_MONTH);
    assertThatThrownBy(() -> geo.fetch(base(), null))
        .isInstanceOfSatisfying(GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.fetch.io"))
        .hasMessage(
            "geo: fetch "
                + base().resolve("dbip-city-lite-2026-12.mmdb.gz")
                + ": Not in GZIP format");
    assertThat(installed()).doesNotExist();
  }

  @Test
  void aFullUrlOfAPlainFileIsFetchedAsItIs() throws Exception {
    files.put("/class/geo.mmdb", Files.readAllBytes(GeoFixtures.file(GeoFixtures.GEOLITE2)));
    URI url = base().resolve("/class/geo.mmdb");
    Path dir = home.resolve("elsewhere");
    FetchResult fetched = geo.fetch(url, dir);
    assertThat(fetched.url()).isEqualTo(url);
    assertThat(fetched.file()).isEqualTo(dir.resolve("dbip-city-lite.mmdb"));
    assertThat(fetched.type()).isEqualTo("GeoLite2-City");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> all = Files.list(home.resolve(".conch/geo"))) {
      return all.filter(p -> p.toString().endsWith(".part")).toList();
    }
  }

  private static byte[] gzip(String text) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
