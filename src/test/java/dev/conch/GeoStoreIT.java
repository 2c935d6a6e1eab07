package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geo(…, into: 'ips')} through the real launcher, killed with {@code kill -9} while it
 * stores 200,000 rows in batches of 500: the table then holds whole batches only, never half of
 * one, because each batch is one transaction.
 */
class GeoStoreIT {
  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final int BATCH = 500;

  @Test
  @Timeout(180)
  void aKilledShellLeavesWholeBatchesOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ips.db");
    String code =
        "ips = (0..<200_000).collect { \"192.0.2.${it % 256}\" }\n"
            + "geo(ips, provider: 'offline', quiet: true, into: 'ips', db: database('sqlite:"
            + file
            + "'), database: '"
            + HOME.resolve("src/test/resources/geo/dbip-city-lite-test.mmdb")
            + "')";
    Process shell =
        new ProcessBuilder(HOME.resolve("shell").toString(), "-e", code)
            .directory(HOME.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (stored < 10 * BATCH && shell.isAlive() && System.nanoTime() < deadline) {
      stored = count(file);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
    }
    assertThat(shell.isAlive()).as("still storing after %d rows", stored).isTrue();
    shell.toHandle().destroyForcibly(); // SIGKILL: the launcher exec'd java
    assertThat(shell.waitFor(30, TimeUnit.SECONDS)).isTrue();

    long left = count(file);
    assertThat(left).isGreaterThanOrEqualTo(10 * BATCH).isLessThan(200_000);
    assertThat(left % BATCH).as("rows left: %d", left).isZero();
  }

  /** The rows of table ips so far (0 before it exists), read beside the writer (WAL). */
  private static long count(Path file) {
    if (!file.toFile().exists()) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet r = c.createStatement().executeQuery("select count(*) from ips")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException notYet) {
      return 0; // no table yet, or the writer holds it for a moment
    }
  }
}
