package dev.conch.net.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.net.geo.GeoRow;
import groovy.lang.Closure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded SQLite default, for real in a temporary home: shared by tasks, nothing lost. */
class DatabaseSqliteTest {
  @TempDir Path home;

  private Database db;
  private String name;

  @BeforeEach
  void open() {
    db = Database.open(DatabaseOptions.defaults(home));
    name = "sqlite:" + home.resolve(".conch/conch.db");
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long count(String table) {
    return ((Number)
            db.query("SELECT COUNT(*) AS n FROM " + table, List.of()).rows().getFirst().get("n"))
        .longValue();
  }

  @Test
  void theDefaultIsAFileInConchsFolderInWalMode() {
    assertThat(db.name()).isEqualTo(name);
    assertThat(home.resolve(".conch/conch.db")).exists();
    assertThat(db.query("PRAGMA journal_mode", List.of()).rows().getFirst().values())
        .containsExactly("wal");
    assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
  }

  @Test
  void storedRowsComeBackInColumnOrder() {
    StoreResult stored = GeoStore.store(DatabaseRows.of(1, 3), db, "ips");
    assertThat(stored).isEqualTo(new StoreResult(name, "ips", 3, 1, true));
    SqlResult result = db.query("SELECT * FROM ips ORDER BY id", List.of());
    assertThat(result.columns())
        .containsExactly(
            "id",
            "ip",
            "status",
            "message",
            "country",
            "country_code",
            "region",
            "city",
            "lat",
            "lon",
            "timezone",
            "source",
            "created");
    Map<String, Object> first = result.rows().getFirst();
    assertThat(first.keySet()).containsExactlyElementsOf(result.columns());
    assertThat(first.get("ip")).isEqualTo("11.1.0.0");
    assertThat(first.get("lat")).isEqualTo(51.34);
    assertThat(first.get("created")).isNotNull();
    assertThat(result.updateCount()).isEqualTo(-1);
  }

  @Test
  void aHundredTasksStoringAHundredRowsEachLoseNothing() throws Exception {
    Crowd.run(100, n -> GeoStore.store(DatabaseRows.of(n, 100), db, "ips", 10));
    assertThat(count("ips")).isEqualTo(10_000);
    assertThat(db.query("SELECT COUNT(DISTINCT ip) AS n FROM ips", List.of()).rows().getFirst())
        .containsEntry("n", 10_000);
  }

  @Test
  void aHundredTasksSharingOneSqlLoseNothing() throws Exception {
    var sql = db.sql();
    sql.execute("CREATE TABLE hits (task INTEGER, n INTEGER)");
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
  void eachTransactionSeesItsOwnRowsAndAFailedOneLeavesNone() throws Exception {
    var sql = db.sql();
    sql.execute("CREATE TABLE pairs (task INTEGER, n INTEGER)");
    List<Integer> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    Crowd.run(
        20,
        task -> {
          try {
            sql.withTransaction(
                closure(
                    0,
                    args -> {
                      sql.execute("INSERT INTO pairs VALUES (?, 1)", List.of(task));
                      var mine =
                          sql.firstRow(
                              "SELECT COUNT(*) AS n FROM pairs WHERE task = ?", List.of(task));
                      seen.add(((Number) mine.get("n")).intValue());
                      sql.execute("INSERT INTO pairs VALUES (?, 2)", List.of(task));
                      if (task % 5 == 0) {
                        throw new IllegalStateException("task " + task + " gives up");
                      }
                    }));
          } catch (IllegalStateException e) {
            assertThat(e).hasMessage("task " + task + " gives up");
          }
        });
    assertThat(seen).hasSize(20).containsOnly(1);
    assertThat(count("pairs")).isEqualTo(2 * 16);
    assertThat(db.query("SELECT COUNT(*) AS n FROM pairs WHERE task % 5 = 0", List.of()).rows())
        .containsExactly(Map.of("n", 0));
  }

  @Test
  void aRowCallbackThatWritesUsesItsOwnConnectionInsteadOfWaitingForIt() throws Exception {
    var sql = db.sql();
    sql.execute("CREATE TABLE src (n INTEGER)");
    sql.execute("CREATE TABLE dst (n INTEGER)");
    for (int i = 0; i < 5; i++) {
      sql.execute("INSERT INTO src VALUES (?)", List.of(i));
    }
    sql.eachRow(
        "SELECT n FROM src",
        closure(1, args -> sql.execute("INSERT INTO dst VALUES (?)", List.of(10))));
    assertThat(count("dst")).isEqualTo(5);
  }

  @Test
  void aFailedBatchIsRolledBackWholeAndTheOnesBeforeItStay() {
    List<GeoRow> rows = new ArrayList<>(DatabaseRows.of(7, 25));
    rows.set(16, GeoRow.failed(null, "broken", "offline")); // NOT NULL ip: batch 2 fails at row 7
    assertThatThrownBy(() -> GeoStore.store(rows, db, "ips", 10))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.store"))
        .hasMessage(
            "database: "
                + name
                + ": table ips: batch 2 of 3 not stored, 10 rows stored before it"
                + " (NOT NULL constraint failed: ips.ip)");
    assertThat(count("ips")).isEqualTo(10);
    assertThat(db.query("SELECT MAX(ip) AS last FROM ips", List.of()).rows().getFirst())
        .containsEntry("last", "11.7.0.9");
  }

  @Test
  void mistakesAreOneLineNamingTheDatabase() {
    assertThatThrownBy(() -> db.query("SELECT * FROM nope", List.of()))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.table"))
        .hasMessage("database: " + name + ": no table 'nope'");
    assertThatThrownBy(() -> db.query("SELEC * FROM ips", List.of()))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.syntax"))
        .hasMessage("database: " + name + ": SQL syntax error near 'SELEC'");
    assertThatThrownBy(() -> GeoStore.store(List.of(), db, "ips; DROP TABLE x"))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.table.name"))
        .hasMessage(
            "database: "
                + name
                + ": 'ips; DROP TABLE x' is not a table name (letters, digits and _)");
    assertThatThrownBy(() -> GeoStore.store(List.of("1.2.3.4"), db, "ips"))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.rows"))
        .hasMessage("database: " + name + ": store takes geo rows, not 1.2.3.4");
    db.close();
    assertThatThrownBy(() -> db.query("SELECT 1", List.of()))
        .isInstanceOfSatisfying(
            DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.closed"))
        .hasMessage("database: " + name + ": closed");
  }

  @Test
  void aTaskThatFindsNoFreeConnectionInTimeIsTold() throws Exception {
    Path file = home.resolve("busy.db");
    try (Database busy =
        Database.open(DatabaseOptions.sqlite(file).withWait(Duration.ofMillis(300)))) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch done = new CountDownLatch(1);
      Thread holder =
          Thread.ofVirtual()
              .name("holder")
              .start(
                  () -> {
                    try {
                      busy.sql()
                          .withTransaction(
                              closure(
                                  0,
                                  args -> {
                                    holding.countDown();
                                    done.await();
                                  }));
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
      holding.await();
      try {
        assertThatThrownBy(() -> busy.query("SELECT 1", List.of()))
            .isInstanceOfSatisfying(
                DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.busy"))
            .hasMessage("database: sqlite:" + file + ": no connection became free in time");
      } finally {
        done.countDown();
        holder.join();
      }
    }
  }

  @Test
  void aQueryKeepsAtMostTheRowsAskedAndSaysSo() {
    GeoStore.store(DatabaseRows.of(3, 30), db, "ips");
    SqlResult some = db.query("SELECT ip, ip FROM ips ORDER BY id", List.of(), 20);
    assertThat(some.columns()).containsExactly("ip", "ip_2");
    assertThat(some.rows()).hasSize(20);
    assertThat(some.truncated()).isTrue();
    SqlResult update = db.query("UPDATE ips SET city = ? WHERE id <= 5", List.of("Elsewhere"));
    assertThat(update.isQuery()).isFalse();
    assertThat(update.updateCount()).isEqualTo(5);
  }

  /** A Groovy closure of {@code params} parameters running {@code body}. */
  private static Closure<Object> closure(int params, ThrowingBody body) {
    return new Closure<>(null) {
      @Override
      public Object call(Object... args) {
        try {
          body.run(args);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return null;
      }

      @Override
      public Object call() {
        return call(new Object[0]);
      }

      @Override
      public Object call(Object arg) {
        return call(new Object[] {arg});
      }

      @Override
      public int getMaximumNumberOfParameters() {
        return params;
      }
    };
  }

  /** What a test closure does. */
  interface ThrowingBody {
    void run(Object[] args) throws Exception;
  }
}
