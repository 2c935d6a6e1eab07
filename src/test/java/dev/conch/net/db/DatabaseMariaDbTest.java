package dev.conch.net.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.geo.GeoRow;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real MariaDB on loopback, started by the tests (skipped, saying why, where mariadb-server is
 * not installed): logins, shared use by a hundred tasks, a transaction per batch, one-line errors.
 */
class DatabaseMariaDbTest {
  @TempDir static Path folder;

  private static MariaDbServer server;
  private Database db;

  @BeforeAll
  static void startServer() throws Exception {
    String missing = MariaDbServer.missing();
    assumeTrue(missing == null, "no MariaDB here: " + missing);
    server = MariaDbServer.start(folder);
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
            DatabaseOptions.url(server.url(), MariaDbServer.USER, MariaDbServer.PASSWORD));
    db.query("DROP TABLE IF EXISTS ips", List.of());
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private long count(String table) {
    return ((Number)
            db.query("SELECT COUNT(*) AS n FROM " + table, List.of()).rows().getFirst().get("n"))
        .longValue();
  }

  @Test
  void aWrongPasswordIsOneLineWithoutThePassword() {
    assertThatThrownBy(
            () ->
                Database.open(
                    DatabaseOptions.url(server.url() + "?password=leaked", "conch", "wrong-pw")))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.login"))
        .hasMessage(
            "database: "
                + server.url()
                + ": access denied for user 'conch' (wrong user or password)")
        .hasMessageNotContaining("wrong-pw")
        .hasMessageNotContaining("leaked");
  }

  @Test
  void anUnknownDatabaseOrAClosedPortIsOneLine() throws Exception {
    String other = "jdbc:mariadb://127.0.0.1:" + server.port() + "/nowhere";
    assertThatThrownBy(
            () -> Database.open(DatabaseOptions.url(other, "conch", MariaDbServer.PASSWORD)))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.denied"))
        .hasMessage("database: " + other + ": user 'conch' may not use this database");
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    String refused = "jdbc:mariadb://127.0.0.1:" + port + "/conch";
    assertThatThrownBy(() -> Database.open(DatabaseOptions.url(refused, "conch", "x")))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.connect"))
        .hasMessage("database: " + refused + ": cannot connect (connection refused)");
  }

  @Test
  void anUnknownTableAndASyntaxErrorAreOneLineEach() {
    assertThatThrownBy(() -> db.query("SELECT * FROM nope", List.of()))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.table"))
        .hasMessage("database: " + server.url() + ": no table 'nope'");
    assertThatThrownBy(() -> db.query("SELEC 1", List.of()))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.syntax"))
        .hasMessage("database: " + server.url() + ": SQL syntax error near 'SELEC 1'");
  }

  @Test
  void aHundredTasksStoringAHundredRowsEachLoseNothing() throws Exception {
    Crowd.run(100, n -> GeoStore.store(DatabaseRows.of(n, 100), db, "ips", 10));
    assertThat(count("ips")).isEqualTo(10_000);
    assertThat(
            db.query("SELECT COUNT(DISTINCT ip) AS n FROM ips", List.of())
                .rows()
                .getFirst()
                .get("n"))
        .isEqualTo(10_000L);
  }

  @Test
  void aHundredTasksSharingOneSqlLoseNothing() throws Exception {
    var sql = db.sql();
    sql.execute("DROP TABLE IF EXISTS hits");
    sql.execute("CREATE TABLE hits (task INT, n INT)");
    Crowd.run(
        100,
        task -> {
          for (int i = 0; i < 100; i++) {
            sql.executeInsert("INSERT INTO hits (task, n) VALUES (?, ?)", List.of(task, i));
          }
        });
    assertThat(count("hits")).isEqualTo(10_000);
  }

  @Test
  void aFailedBatchIsRolledBackWholeAndTextKeepsItsLetters() {
    List<GeoRow> rows = new ArrayList<>(DatabaseRows.of(7, 25));
    rows.set(
        3,
        GeoRow.found(
            "11.7.0.3", "Japan", "JP", "東京都", "São Tomé ü", 1.0, 2.0, "Asia/Tokyo", "offline"));
    rows.set(16, GeoRow.failed(null, "broken", "offline"));
    assertThatThrownBy(() -> GeoStore.store(rows, db, "ips", 10))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.store"))
        .hasMessage(
            "database: "
                + server.url()
                + ": table ips: batch 2 of 3 not stored, 10 rows stored before it"
                + " (Column 'ip' cannot be null)");
    assertThat(count("ips")).isEqualTo(10);
    var row =
        db.query("SELECT region, city FROM ips WHERE ip = ?", List.of("11.7.0.3"))
            .rows()
            .getFirst();
    assertThat(row).containsEntry("region", "東京都").containsEntry("city", "São Tomé ü");
  }
}
