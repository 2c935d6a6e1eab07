package dev.conch.net.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.geo.GeoRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL on loopback, started by the tests (skipped, saying why, where it is not
 * installed): the same table, the same sharing and the same one-line errors as the others.
 */
class DatabasePostgresTest {
  private static PostgresServer server;
  private Database db;

  @BeforeAll
  static void startServer() throws Exception {
    String missing = PostgresServer.missing();
    assumeTrue(missing == null, "no PostgreSQL here: " + missing);
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open() {
    db =
        Database.open(
            DatabaseOptions.url(server.url(), PostgresServer.USER, PostgresServer.PASSWORD));
    db.query("DROP TABLE IF EXISTS ips", List.of());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long count() {
    return ((Number)
            db.query("SELECT COUNT(*) AS n FROM ips", List.of()).rows().getFirst().get("n"))
        .longValue();
  }

  @Test
  void mistakesAreOneLineEach() {
    assertThatThrownBy(() -> Database.open(DatabaseOptions.url(server.url(), "conch", "wrong-pw")))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.login"))
        .hasMessage(
            "database: "
                + server.url()
                + ": access denied for user 'conch' (wrong user or password)");
    assertThatThrownBy(() -> db.query("SELECT * FROM nope", List.of()))
        .hasMessage("database: " + server.url() + ": no table 'nope'");
    assertThatThrownBy(() -> db.query("SELEC 1", List.of()))
        .hasMessage("database: " + server.url() + ": SQL syntax error near 'SELEC'");
  }

  @Test
  void aHundredTasksStoringAHundredRowsEachLoseNothing() throws Exception {
    Crowd.run(100, n -> GeoStore.store(DatabaseRows.of(n, 100), db, "ips", 10));
    assertThat(count()).isEqualTo(10_000);
  }

  @Test
  void aFailedBatchIsRolledBackWhole() {
    List<GeoRow> rows = new ArrayList<>(DatabaseRows.of(7, 25));
    rows.set(16, GeoRow.failed(null, "broken", "offline"));
    assertThatThrownBy(() -> GeoStore.store(rows, db, "ips", 10))
        .hasMessage(
            "database: "
                + server.url()
                + ": table ips: batch 2 of 3 not stored, 10 rows stored before it"
                + " (null value in column \"ip\" of relation \"ips\" violates not-null constraint)");
    assertThat(count()).isEqualTo(10);
  }
}
