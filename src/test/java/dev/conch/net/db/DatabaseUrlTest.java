package dev.conch.net.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * What a learner may write for a database, how it is named without its password, and the words of
 * each driver's errors.
 */
class DatabaseUrlTest {
  @Test
  void sqliteIsAFileOrMemory() {
    Path here = Path.of("x.db").toAbsolutePath();
    assertThat(JdbcTarget.parse("x.db")).isEqualTo(JdbcTarget.sqlite(here));
    assertThat(JdbcTarget.parse("sqlite:x.db").jdbcUrl()).isEqualTo("jdbc:sqlite:" + here);
    assertThat(JdbcTarget.parse("jdbc:sqlite:/tmp/a.sqlite").name())
        .isEqualTo("sqlite:/tmp/a.sqlite");
    assertThat(JdbcTarget.parse("sqlite::memory:").file()).isNull();
  }

  @Test
  void serversGoThroughTheirDriversAndLoseTheirPasswordsInTheName() {
    JdbcTarget maria =
        JdbcTarget.parse("mysql://learner:pw@127.0.0.1:3306/conch?password=pw&ssl=false");
    assertThat(maria.dialect()).isEqualTo(Dialect.MARIADB);
    assertThat(maria.jdbcUrl()).startsWith("jdbc:mariadb://learner:pw@127.0.0.1:3306/conch");
    assertThat(maria.name()).isEqualTo("jdbc:mariadb://learner@127.0.0.1:3306/conch?ssl=false");
    JdbcTarget pg = JdbcTarget.parse("jdbc:postgresql://db.example:5432/geo?user=u&password=p");
    assertThat(pg.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThat(pg.name()).isEqualTo("jdbc:postgresql://db.example:5432/geo?user=u");
    assertThat(JdbcTarget.parse("postgres://h/d").jdbcUrl()).isEqualTo("jdbc:postgresql://h/d");
  }

  @Test
  void anUnknownUrlIsOneLineWithoutItsPassword() {
    assertThatThrownBy(() -> JdbcTarget.parse("oracle://scott:tiger@h/db"))
        .isInstanceOfSatisfying(DatabaseError.class, e -> assertThat(e.key()).isEqualTo("db.url"))
        .hasMessage(
            "database: 'oracle://scott@h/db' is not a database URL (sqlite:FILE,"
                + " jdbc:mariadb://HOST/DB, jdbc:postgresql://HOST/DB)");
  }

  @Test
  void optionsNeverPrintTheirPassword() {
    DatabaseOptions options = DatabaseOptions.url("jdbc:mariadb://h/d", "u", "hunter2");
    assertThat(options.toString())
        .isEqualTo("database jdbc:mariadb://h/d as u")
        .doesNotContain("hunter2");
  }

  @Test
  void postgresqlErrorsAreSaidLikeTheOthers() {
    String name = "jdbc:postgresql://h/geo";
    assertThat(
            SqlErrors.of(
                name,
                "u",
                new SQLException("FATAL: password authentication failed for user \"u\"", "28P01")))
        .hasMessage(
            "database: jdbc:postgresql://h/geo: access denied for user 'u' (wrong user or password)");
    assertThat(
            SqlErrors.of(
                name,
                "u",
                new SQLException(
                    "ERROR: relation \"nope\" does not exist\n  Position: 15", "42P01")))
        .hasMessage("database: jdbc:postgresql://h/geo: no table 'nope'");
    assertThat(
            SqlErrors.of(
                name,
                "u",
                new SQLException(
                    "ERROR: syntax error at or near \"SELEC\"\n  Position: 1", "42601")))
        .hasMessage("database: jdbc:postgresql://h/geo: SQL syntax error near 'SELEC'");
    assertThat(
            SqlErrors.of(
                name, "u", new SQLException("FATAL: database \"geo\" does not exist", "3D000")))
        .hasMessage("database: jdbc:postgresql://h/geo: no such database");
    assertThat(SqlErrors.of(name, "u", new SQLException("Connection to h:5432 refused.", "08001")))
        .hasMessage("database: jdbc:postgresql://h/geo: cannot connect (connection refused)");
  }
}
