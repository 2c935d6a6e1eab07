package dev.conch.dsl.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** geo as a learner types it: the MaxMind file named by database:, and db: mistaken for it. */
class GeoDslTest extends DslFixture {
  private final String fixture = fixture();

  private static String fixture() {
    try {
      return Path.of(GeoDslTest.class.getResource("/geo/geolite2-city-test.mmdb").toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theFileNamedByDatabaseLocatesTheAddresses() {
    Object city =
        value(
            "geo(['192.0.2.1', '10.0.0.1'], database: '" + fixture + "', quiet: true).rows*.city");
    assertThat(city).asList().containsExactly("Fernwick G0", null);
  }

  @Test
  void aFileGivenAsDbSaysThatDbIsWhereIntoStoresAndTheFileIsDatabase() {
    Throwable e = error("geo(['192.0.2.1'], db: '" + fixture + "')");
    assertThat(e.getMessage())
        .contains("option 'db' is where into: stores the rows")
        .contains("database: '" + fixture + "'");
  }
}
