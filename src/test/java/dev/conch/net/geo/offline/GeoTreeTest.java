package dev.conch.net.geo.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.geo.GeoFixtures;
import dev.conch.net.geo.GeoRow;
import dev.conch.net.geo.IpRanges;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tree walk that lets a database keep the rows it made by record: on each record size the
 * format allows, it tells networks apart as the reader does, and a row given from what was kept is
 * the row the reader decodes.
 */
class GeoTreeTest {
  private static final String[] FILES = {
    GeoFixtures.GEOLITE2,
    GeoFixtures.DBIP,
    "geolite2-city-test-r28.mmdb",
    "dbip-city-lite-test-r32.mmdb"
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void addressesOfOneNetworkShareARecordAndOthersDoNot(int file) throws Exception {
    try (GeoDatabase db = GeoDatabase.open(GeoFixtures.file(FILES[file]))) {
      MmdbTree tree = MmdbTree.of(db.path(), reader(db));
      long first = tree.recordOf(number("192.0.2.1"));
      assertThat(first).isNotNegative();
      assertThat(tree.recordOf(number("192.0.2.31"))).isEqualTo(first);
      assertThat(tree.recordOf(number("192.0.2.32"))).isNotNegative().isNotEqualTo(first);
      assertThat(tree.recordOf(number("203.0.113.255"))).isNotNegative();
      assertThat(tree.recordOf(number("8.8.8.8"))).isEqualTo(-1);
      assertThat(tree.recordOf(number("192.0.3.0"))).isEqualTo(-1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void everyRowIsTheOneTheReaderDecodesTheFirstTimeAndAfter(int file) throws Exception {
    List<String> ips = new ArrayList<>();
    for (String block : new String[] {"192.0.2.", "198.51.100.", "203.0.113."}) {
      for (int last = 0; last < 256; last++) {
        ips.add(block + last);
      }
    }
    Random random = new Random(20261206);
    for (int i = 0; i < 2000; i++) {
      ips.add(
          random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256)
              + "."
              + random.nextInt(256));
    }
    try (GeoDatabase db = GeoDatabase.open(GeoFixtures.file(FILES[file]))) {
      int found = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (String ip : ips) {
          GeoRow row = db.lookup(ip);
          GeoRow decoded = db.find(ip, InetAddress.ofLiteral(ip));
          if (decoded == null) {
            assertThat(row.isSuccess()).as(ip).isFalse();
          } else {
            assertThat(row).as(ip).isEqualTo(decoded);
            found++;
          }
        }
      }
      assertThat(found).isEqualTo(2 * 768);
    }
  }

  private static com.maxmind.db.Metadata reader(GeoDatabase db) throws Exception {
    try (var reader = new com.maxmind.db.Reader(db.path().toFile())) {
      return reader.getMetadata();
    }
  }

  private static int number(String ip) {
    return (int) IpRanges.ipv4(ip);
  }
}
