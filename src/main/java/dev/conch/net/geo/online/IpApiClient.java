package dev.conch.net.geo.online;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The two requests of ip-api's free JSON API, {@code GET /json/{ip}?fields=} and {@code POST
 * /batch?fields=} (at most {@value #BATCH} queries), each answered with its status, its rate-limit
 * headers and its JSON body. Knows nothing of limits or retries. Thread-safe: the HTTP client and
 * the JSON mapper are.
 */
public final class IpApiClient {
  /** The most queries one batch may hold. */
  static final int BATCH = 100;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final URI base;

  /** A client of the endpoint at {@code base} ({@code http://ip-api.com}). */
  public IpApiClient(HttpClient http, URI base) {
    this.http = http;
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  /** The endpoint's base. */
  URI base() {
    return base;
  }

  /** One answer: HTTP status, {@code X-Rl} and {@code X-Ttl} (null when absent), the body. */
  record Answer(int status, Integer requestsLeft, Integer secondsToReset, JsonNode body) {}

  /** Asks where {@code ip} is. */
  Answer single(String ip, String fields, Duration timeout)
      throws IOException, InterruptedException {
    URI uri = URI.create(base + "/json/" + pathSafe(ip) + "?fields=" + fields);
    return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
  }

  /** Asks where each of {@code ips} is; the answer is an array in the same order. */
  Answer batch(List<String> ips, String fields, Duration timeout)
      throws IOException, InterruptedException {
    URI uri = URI.create(base + "/batch?fields=" + fields);
    String body = JSON.writeValueAsString(ips);
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        response.statusCode(),
        header(response, "X-Rl"),
        header(response, "X-Ttl"),
        parse(response.body()));
  }

  private static Integer header(HttpResponse<?> response, String name) {
    return response
        .headers()
        .firstValue(name)
        .map(String::strip)
        .filter(v -> v.matches("\\d{1,9}"))
        .map(Integer::valueOf)
        .orElse(null);
  }

  private static JsonNode parse(String body) {
    try {
      return body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return null; // not JSON: the status says what went wrong
    }
  }

  /** An address or name as a path segment: kept as written, other characters escaped. */
  static String pathSafe(String query) {
    StringBuilder out = new StringBuilder();
    for (byte b : query.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == ':' || c == '-' || c == '_') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
