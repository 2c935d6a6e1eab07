package dev.conch.net.redis;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a Redis server is, read from a URL such as {@code redis://127.0.0.1:6379/0} or {@code
 * redis://:secret@host/2}: host, port (6379 when not given), database number (0), and the user and
 * password when given. {@link #toString()} hides the password, so that a message may name the URL.
 * Immutable.
 *
 * @param host the server's host name or address
 * @param port its port
 * @param database the database number after the slash
 * @param user the user name, or null
 * @param password the password, or null
 */
public record RedisAddress(String host, int port, int database, String user, String password) {
  /** Redis's own port. */
  public static final int DEFAULT_PORT = 6379;

  /**
   * Reads {@code url}.
   *
   * @throws IllegalArgumentException with a one-line reason when it is not a redis:// URL
   */
  public static RedisAddress parse(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "'" + url + "' is not a URL; expected redis://HOST[:PORT][/DB]");
    }
    if (!"redis".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "'" + hidden(url) + "' is not a redis:// URL; expected redis://HOST[:PORT][/DB]");
    }
    int database = 0;
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (!path.isEmpty()) {
      try {
        database = Integer.parseInt(path);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'" + hidden(url) + "': the database after the slash must be a number, such as /0");
      }
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
      if (user.isEmpty()) {
        user = null;
      }
    }
    int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
    return new RedisAddress(uri.getHost(), port, database, user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  /** {@code url} with any password replaced by {@code ***}. */
  static String hidden(String url) {
    return url.replaceFirst("(//[^/@:]*:)[^/@]*@", "$1***@");
  }

  /** The URL, its password shown as {@code ***}. */
  @Override
  public String toString() {
    String credentials =
        user == null && password == null
            ? ""
            : (user == null ? "" : user) + (password == null ? "" : ":***") + "@";
    return "redis://" + credentials + host + ":" + port + "/" + database;
  }
}
