package dev.conch.net.geo.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.conch.net.geo.Geo;
import dev.conch.net.geo.GeoError;
import dev.conch.net.geo.GeoOptions;
import dev.conch.net.geo.GeoPlaces;
import dev.conch.net.geo.GeoProvider;
import dev.conch.net.geo.GeoResult;
import dev.conch.net.geo.GeoRow;
import dev.conch.net.geo.IpApiStandIn;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ip-api through a loopback stand-in: batches, the two budgets, the cache, fail rows, errors. */
class GeoIpApiTest {
  private static final Duration NO_DELAY = Duration.ZERO;

  @TempDir Path home;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose.reversed()) {
      c.close();
    }
  }

  private IpApiStandIn standIn(Duration window, int single, int batch, Duration delay)
      throws Exception {
    IpApiStandIn s = new IpApiStandIn(window, single, batch, delay);
    toClose.add(s);
    return s;
  }

  private Geo geo() {
    Geo geo = new Geo(new GeoPlaces(home, Map.of(), List.of()), null, Clock.systemUTC());
    toClose.add(geo);
    return geo;
  }

  private static GeoOptions via(IpApiStandIn s) {
    return GeoOptions.defaults().withProvider(GeoProvider.IP_API).withUrl(s.base());
  }

  /** {@code count} distinct addresses the stand-in places (it is never asked of the world). */
  @Test
  void twoThousandAddressesWaitForTheBatchBudgetAndAreNeverRefused() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(2), 45, 15, NO_DELAY);
    long start = System.nanoTime();
    GeoResult result = geo().lookup(IpApiStandIn.addresses(2000), via(s));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(result.getRows()).hasSize(2000).allMatch(GeoRow::isSuccess);
    assertThat(result.getRows())
        .extracting(GeoRow::ip)
        .containsExactlyElementsOf(IpApiStandIn.addresses(2000));
    assertThat(s.refused.get()).as("429s").isZero();
    assertThat(s.batches.get()).isEqualTo(20);
    assertThat(s.largestBatch.get()).isEqualTo(100);
    assertThat(s.tooBig.get()).isZero();
    assertThat(s.mostInFlight.get()).as("batches at once").isBetween(2, 4);
    assertThat(seconds).as("20 batches at 15 a window need a second window").isGreaterThan(2.0);
    assertThat(result.getSource()).isEqualTo("ip-api");
    assertThat(result.getAttribution()).contains("ip-api.com");
  }

  @Test
  void aRefusalIsWaitedOutAndTheRequestSentAgain() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(1), 45, 15, NO_DELAY);
    s.useUp("batch"); // another client of this address took the whole window
    GeoResult result = geo().lookup(IpApiStandIn.addresses(150), via(s));
    assertThat(result.getRows()).allMatch(GeoRow::isSuccess);
    assertThat(s.refused.get()).isEqualTo(1);
    assertThat(s.batches.get()).isEqualTo(3);
  }

  @Test
  void theSingleBudgetIsApartFromTheBatchOne() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(30), 45, 15, NO_DELAY);
    s.useUp("batch");
    long start = System.nanoTime();
    GeoResult result = geo().lookup("11.0.0.9", via(s));
    assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(5).toNanos());
    assertThat(result.get(0).isSuccess()).isTrue();
    assertThat(s.singles.get()).isEqualTo(1);
    assertThat(s.batches.get()).isZero();
    assertThat(s.refused.get()).isZero();
  }

  @Test
  void theSameAddressIsAskedOnceInACallAndNeverAgainInTheSession() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(60), 45, 15, NO_DELAY);
    Geo geo = geo();
    List<String> twice = new ArrayList<>(IpApiStandIn.addresses(150));
    twice.addAll(IpApiStandIn.addresses(150));
    GeoResult first = geo.lookup(twice, via(s));
    assertThat(first.getRows()).hasSize(300).allMatch(GeoRow::isSuccess);
    assertThat(s.batches.get()).isEqualTo(2);
    GeoResult again = geo.lookup(IpApiStandIn.addresses(150), via(s));
    assertThat(again.getRows()).isEqualTo(first.getRows().subList(0, 150));
    assertThat(s.batches.get() + s.singles.get()).isEqualTo(2);
  }

  @Test
  void privateReservedAndInvalidQueriesAreFailRowsAmongTheOthers() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(60), 45, 15, NO_DELAY);
    GeoResult result =
        geo().lookup(List.of("11.0.0.1", "10.1.2.3", "127.0.0.1", "nonsense", "11.0.0.2"), via(s));
    assertThat(result.getRows())
        .extracting(GeoRow::ip, GeoRow::status, GeoRow::message)
        .containsExactly(
            tuple("11.0.0.1", "success", null),
            tuple("10.1.2.3", "fail", "private range"),
            tuple("127.0.0.1", "fail", "reserved range"),
            tuple("nonsense", "fail", "invalid query"),
            tuple("11.0.0.2", "success", null));
  }

  @Test
  void fieldsChooseTheColumnsAndKeepOthersAsExtras() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(60), 45, 15, NO_DELAY);
    GeoRow row = geo().lookup("11.0.0.1", via(s).withFields(List.of("city", "isp"))).get(0);
    assertThat(row.city()).isEqualTo(IpApiStandIn.answer("11.0.0.1", List.of("city")).get("city"));
    assertThat(row.country()).isNull();
    assertThat(row.extra()).containsOnlyKeys("isp");
    assertThat(row.toMap()).containsKeys("ip", "city", "isp");
    assertThat(IpApiFields.of(List.of("city", "isp")).param())
        .isEqualTo("status,message,city,isp,query");
    assertThatThrownBy(() -> IpApiFields.of(List.of("ci ty")))
        .hasMessage("geo: 'ci ty' is not an ip-api field");
  }

  @Test
  void theStandInRefusesABatchOfMoreThanAHundred() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(60), 45, 15, NO_DELAY);
    var client = new IpApiClient(geo().http(), s.base());
    var answer = client.batch(IpApiStandIn.addresses(101), "status,query", Duration.ofSeconds(5));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.requestsLeft()).isEqualTo(14);
  }

  @Test
  void anUnreachableEndpointIsOneLineNamingIt() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    var url = URI.create("http://127.0.0.1:" + port);
    GeoOptions options = GeoOptions.defaults().withUrl(url);
    assertThatThrownBy(() -> geo().lookup("11.0.0.1", options.withProvider(GeoProvider.IP_API)))
        .isInstanceOfSatisfying(
            GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.ipapi.unreachable"))
        .hasMessage("geo: ip-api at " + url + " cannot be reached (connection refused)");
    assertThatThrownBy(() -> geo().lookup("11.0.0.1", options))
        .isInstanceOfSatisfying(GeoError.class, e -> assertThat(e.key()).isEqualTo("geo.none"))
        .hasMessage(
            "geo: no source of data: no offline database (run /geo fetch (DB-IP Lite City, CC BY"
                + " 4.0, into ~/.conch/geo), put a .mmdb file in ~/.conch/geo, or set"
                + " CONCH_GEO_DB), and ip-api at "
                + url
                + " cannot be reached (connection refused)");
  }

  @Test
  void autoUsesIpApiWhenNoDatabaseIsFoundAndSaysSo() throws Exception {
    IpApiStandIn s = standIn(Duration.ofSeconds(60), 45, 15, NO_DELAY);
    GeoResult result = geo().lookup("11.0.0.1", GeoOptions.defaults().withUrl(s.base()));
    assertThat(result.getSource()).isEqualTo("ip-api");
    assertThat(result.getNote()).isEqualTo("auto: ip-api, no offline database found");
    assertThat(result.get(0).source()).isEqualTo("ip-api");
  }
}
