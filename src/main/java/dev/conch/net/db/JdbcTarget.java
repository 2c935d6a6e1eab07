package dev.conch.net.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a database is, from what a learner writes: {@code sqlite:FILE}, {@code jdbc:sqlite:FILE} or
 * a path ending in {@code .db}/{@code .sqlite}; {@code [jdbc:]mariadb://…} or {@code
 * [jdbc:]mysql://…} (through the MariaDB driver); {@code [jdbc:]postgresql://…}. Its {@link
 * #name()} is the URL with any password taken out, fit for messages. Immutable.
 *
 * @param jdbcUrl the URL the driver gets
 * @param dialect which database it is
 * @param name the URL without its password
 * @param file the SQLite file, or null (a server, or SQLite in memory)
 */
public record JdbcTarget(String jdbcUrl, Dialect dialect, String name, Path file) {
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;])password=[^&;]*(&|;)?");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("//([^/@:]*):[^/@]*@");

  /** The target of a SQLite file. */
  public static JdbcTarget sqlite(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return new JdbcTarget(
        "jdbc:sqlite:" + absolute, Dialect.SQLITE, "sqlite:" + absolute, absolute);
  }

  /**
   * The target {@code text} names.
   *
   * @throws DatabaseError {@code db.url} when it names none Conch knows
   */
  public static JdbcTarget parse(String text) {
    String url = text == null ? "" : text.strip();
    String bare = url.regionMatches(true, 0, "jdbc:", 0, 5) ? url.substring(5) : url;
    String lower = bare.toLowerCase(Locale.ROOT);
    if (lower.startsWith("sqlite:")) {
      String rest = bare.substring("sqlite:".length());
      return rest.startsWith(":memory:") || rest.isEmpty()
          ? new JdbcTarget("jdbc:sqlite::memory:", Dialect.SQLITE, "sqlite::memory:", null)
          : sqlite(Path.of(rest.startsWith("file:") ? rest.substring(5) : rest));
    }
    if (lower.startsWith("mariadb://") || lower.startsWith("mysql://")) {
      String server = "jdbc:mariadb://" + bare.substring(bare.indexOf("://") + 3);
      return new JdbcTarget(server, Dialect.MARIADB, withoutPassword(server), null);
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      String server = "jdbc:postgresql://" + bare.substring(bare.indexOf("://") + 3);
      return new JdbcTarget(server, Dialect.POSTGRESQL, withoutPassword(server), null);
    }
    if (!url.contains("://") && Pattern.matches("(?i).+\\.(db|sqlite|sqlite3)", url)) {
      return sqlite(Path.of(url));
    }
    throw new DatabaseError(
        "db.url",
        null,
        "database: '%s' is not a database URL (sqlite:FILE, jdbc:mariadb://HOST/DB,"
            + " jdbc:postgresql://HOST/DB)",
        withoutPassword(url));
  }

  /** {@code url} with {@code password=…} parameters and {@code user:password@} taken out. */
  static String withoutPassword(String url) {
    String out = USER_INFO_PASSWORD.matcher(url).replaceAll("//$1@");
    out = PASSWORD_PARAM.matcher(out).replaceAll(m -> m.group(2) == null ? "" : m.group(1));
    return out;
  }
}
