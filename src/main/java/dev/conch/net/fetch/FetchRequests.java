package dev.conch.net.fetch;

import dev.conch.net.SchemeGuess;
import dev.conch.runtime.Seconds;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a learner gave {@code fetch} into an HTTP request, or into a {@link FetchError} that
 * says what is wrong with it, before anything is sent. Names under {@code .invalid} (RFC 6761) are
 * refused at once: they never resolve, so no name server is asked. Stateless.
 */
final class FetchRequests {
  private FetchRequests() {}

  /**
   * The request for {@code url} with {@code options}.
   *
   * @throws FetchError when the URL, the method, a header or the body cannot be sent
   */
  static HttpRequest build(String url, FetchOptions options) {
    URI uri = parse(url);
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(uri);
    } catch (IllegalArgumentException e) {
      throw FetchError.malformed(url, lowerFirst(e.getMessage()));
    }
    builder.timeout(Duration.ofNanos(nanos(options.timeoutSeconds())));
    if (uri.getScheme().equalsIgnoreCase("http")) {
      builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain http
    }
    addHeaders(url, builder, options.headers());
    Object body = options.body();
    String type = defaultContentType(url, body);
    if (type != null && !has(options.headers(), "content-type")) {
      builder.header("Content-Type", type);
    }
    if (!has(options.headers(), "user-agent")) {
      builder.header("User-Agent", "Conch fetch");
    }
    String method = options.methodToSend();
    try {
      return builder.method(method, publisher(url, body)).build();
    } catch (IllegalArgumentException e) {
      throw FetchError.method(url, method);
    }
  }

  /**
   * {@code url} as an http or https URI with a host.
   *
   * @throws FetchError when it is not one (with the URL likely meant, when it lacks only its
   *     scheme), or names a host under {@code .invalid}
   */
  static URI parse(String url) {
    Optional<String> meant = SchemeGuess.of(url);
    if (meant.isPresent()) {
      throw FetchError.noScheme(url, meant.get());
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      String at = e.getIndex() >= 0 ? " at index " + e.getIndex() : "";
      throw FetchError.malformed(url, lowerFirst(e.getReason()) + at);
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw FetchError.notHttp(url);
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw FetchError.noHost(url);
    }
    if (isInvalid(host)) {
      throw FetchError.unknownHost(url, host, null);
    }
    return uri;
  }

  /** True for the names RFC 6761 keeps from ever resolving: {@code invalid} and below it. */
  static boolean isInvalid(String host) {
    String lower = host.toLowerCase(Locale.ROOT);
    String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return name.equals("invalid") || name.endsWith(".invalid");
  }

  private static void addHeaders(String url, HttpRequest.Builder builder, Map<String, ?> headers) {
    headers.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          Collection<?> values =
              value instanceof Collection<?> many ? many : java.util.List.of(value);
          for (Object one : values) {
            try {
              builder.header(name, String.valueOf(one));
            } catch (IllegalArgumentException e) {
              throw FetchError.header(url, name, lowerFirst(e.getMessage()));
            }
          }
        });
  }

  private static boolean has(Map<String, ?> headers, String name) {
    return headers.keySet().stream().anyMatch(k -> String.valueOf(k).equalsIgnoreCase(name));
  }

  private static String defaultContentType(String url, Object body) {
    return switch (body) {
      case null -> null;
      case CharSequence _ -> "text/plain; charset=utf-8";
      case byte[] _ -> "application/octet-stream";
      case Map<?, ?> _ -> "application/json";
      case Collection<?> _ -> "application/json";
      default -> throw FetchError.bodyType(url, body.getClass().getSimpleName());
    };
  }

  private static BodyPublisher publisher(String url, Object body) {
    return switch (body) {
      case null -> BodyPublishers.noBody();
      case CharSequence text -> BodyPublishers.ofString(text.toString(), StandardCharsets.UTF_8);
      case byte[] bytes -> BodyPublishers.ofByteArray(bytes);
      default -> BodyPublishers.ofByteArray(FetchJson.write(url, body));
    };
  }

  /** {@code seconds} in nanoseconds, at least 1 (the client refuses a timeout of none). */
  static long nanos(double seconds) {
    return Math.max(1, Seconds.nanos(seconds));
  }

  /** {@code Illegal character} as {@code illegal character}, for the middle of a line. */
  static String lowerFirst(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    boolean word = text.length() < 2 || Character.isLowerCase(text.charAt(1));
    return word ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }
}
