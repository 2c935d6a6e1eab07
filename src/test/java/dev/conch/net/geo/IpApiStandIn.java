package dev.conch.net.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A stand-in for ip-api's free JSON API on 127.0.0.1, for tests: {@code GET /json/{query}?fields=}
 * and {@code POST /batch?fields=} (more than 100 queries: 422), fail rows for private, reserved and
 * invalid queries, made-up places for the rest, and the rate limit per budget with a window the
 * test chooses: {@code X-Rl}, {@code X-Ttl} (whole seconds, rounded up) and 429 over the limit.
 * Counts what it saw. Thread-safe: the server's threads share only atomics and the windows' lock.
 */
public final class IpApiStandIn implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final String[][] PLACES = {
    {"United States", "US", "Oregon", "Standin Falls"},
    {"Germany", "DE", "Saxony", "Probeheim"},
    {"Japan", "JP", "Hokkaido", "Tameshi"},
    {"Kenya", "KE", "Nakuru", "Jaribu"},
  };

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final Duration window;
  private final Duration delay;
  private final Map<String, Window> windows = new LinkedHashMap<>(); // guarded by itself
  private final Map<String, Integer> limits;
  public final AtomicInteger singles = new AtomicInteger();
  public final AtomicInteger batches = new AtomicInteger();
  public final AtomicInteger refused = new AtomicInteger();
  public final AtomicInteger tooBig = new AtomicInteger();
  public final AtomicInteger largestBatch = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  public final AtomicInteger mostInFlight = new AtomicInteger();

  /** A stand-in whose windows last {@code window}, answering each request after {@code delay}. */
  public IpApiStandIn(Duration window, int singleLimit, int batchLimit, Duration delay)
      throws IOException {
    this.window = window;
    this.delay = delay;
    this.limits = Map.of("json", singleLimit, "batch", batchLimit);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(threads);
    server.createContext("/json/", this::single);
    server.createContext("/batch", this::batch);
    server.start();
  }

  /** The base URL to give {@code geo}'s {@code url}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Uses up the rest of a budget's window, as another client of the same address would. */
  public void useUp(String kind) {
    synchronized (windows) {
      window(kind).used = limits.get(kind);
    }
  }

  /** One budget's window: when it began and how many requests it took. */
  private static final class Window {
    long start;
    int used;
  }

  private Window window(String kind) {
    Window w = windows.computeIfAbsent(kind, k -> new Window());
    long now = System.nanoTime();
    if (w.used == 0 && w.start == 0 || now - w.start >= window.toNanos()) {
      w.start = now;
      w.used = 0;
    }
    return w;
  }

  /** Takes one request from {@code kind}'s budget: {left, ttl}, or left -1 when refused. */
  private long[] take(String kind) {
    synchronized (windows) {
      Window w = window(kind);
      long remaining = w.start + window.toNanos() - System.nanoTime();
      long ttl = Math.max(0, (remaining + 999_999_999L) / 1_000_000_000L);
      if (w.used >= limits.get(kind)) {
        return new long[] {-1, ttl};
      }
      w.used++;
      return new long[] {limits.get(kind) - w.used, ttl};
    }
  }

  private void single(HttpExchange exchange) throws IOException {
    try (exchange) {
      singles.incrementAndGet();
      String query = exchange.getRequestURI().getPath().substring("/json/".length());
      List<String> fields = fields(exchange.getRequestURI().getQuery());
      gate(exchange, "json", () -> JSON.writeValueAsBytes(answer(query, fields)));
    }
  }

  private void batch(HttpExchange exchange) throws IOException {
    try (exchange) {
      batches.incrementAndGet();
      JsonNode items = JSON.readTree(exchange.getRequestBody());
      List<String> fields = fields(exchange.getRequestURI().getQuery());
      largestBatch.accumulateAndGet(items.size(), Math::max);
      gate(
          exchange,
          "batch",
          () -> {
            if (items.size() > 100) {
              tooBig.incrementAndGet();
              return null;
            }
            List<Map<String, Object>> out = new ArrayList<>();
            items.forEach(item -> out.add(answer(item.asText(), fields)));
            return JSON.writeValueAsBytes(out);
          });
    }
  }

  /** What a request's body is made of once it passed the limit; null means 422. */
  private interface Body {
    byte[] make() throws IOException;
  }

  private void gate(HttpExchange exchange, String kind, Body body) throws IOException {
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      pause();
      long[] taken = take(kind);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.getResponseHeaders().add("X-Rl", String.valueOf(Math.max(0, taken[0])));
      exchange.getResponseHeaders().add("X-Ttl", String.valueOf(taken[1]));
      if (taken[0] < 0) {
        refused.incrementAndGet();
        send(exchange, 429, "{\"status\":\"fail\",\"message\":\"too many requests\"}");
        return;
      }
      byte[] made = body.make();
      if (made == null) {
        send(exchange, 422, "{\"status\":\"fail\",\"message\":\"too many queries (max 100)\"}");
        return;
      }
      exchange.sendResponseHeaders(200, made.length);
      exchange.getResponseBody().write(made);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void pause() {
    try {
      Thread.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static List<String> fields(String query) {
    if (query == null || !query.startsWith("fields=")) {
      return List.of(
          "status",
          "country",
          "countryCode",
          "regionName",
          "city",
          "lat",
          "lon",
          "timezone",
          "query");
    }
    return List.of(query.substring("fields=".length()).split(","));
  }

  /** The answer for {@code query}, only with {@code fields} (status and message always). */
  /**
   * {@code count} distinct public-looking IPv4 literals (never sent anywhere: the stand-in
   * answers).
   */
  public static List<String> addresses(int count) {
    List<String> ips = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ips.add("11." + i / 256 + "." + i % 256 + ".1");
    }
    return ips;
  }

  public static Map<String, Object> answer(String query, List<String> fields) {
    Map<String, Object> all = new LinkedHashMap<>();
    String why = why(query);
    if (why != null) {
      all.put("status", "fail");
      all.put("message", why);
    } else {
      int h = Math.floorMod(query.hashCode(), 1000);
      String[] place = PLACES[h % PLACES.length];
      all.put("status", "success");
      all.put("country", place[0]);
      all.put("countryCode", place[1]);
      all.put("region", "R" + h % 7);
      all.put("regionName", place[2]);
      all.put("city", place[3] + " " + h);
      all.put("lat", 10 + h / 100.0);
      all.put("lon", -20 - h / 100.0);
      all.put("timezone", "Etc/GMT+" + h % 12);
      all.put("isp", "Stand-in Net " + h);
    }
    all.put("query", query);
    Map<String, Object> out = new LinkedHashMap<>();
    all.forEach(
        (k, v) -> {
          if (fields.contains(k) || k.equals("status") || k.equals("message")) {
            out.put(k, v);
          }
        });
    return out;
  }

  /** ip-api's reason a query has no place, or null. */
  private static String why(String query) {
    InetAddress address;
    try {
      if (!V4.matcher(query).matches() && !query.contains(":")) {
        return "invalid query";
      }
      address = InetAddress.ofLiteral(query);
    } catch (IllegalArgumentException e) {
      return "invalid query";
    }
    byte[] b = address.getAddress();
    if (address.isSiteLocalAddress() || b.length == 16 && (b[0] & 0xfe) == 0xfc) {
      return "private range";
    }
    boolean documentation =
        b.length == 4 && (b[0] & 0xff) == 192 && b[1] == 0 && b[2] == 2
            || b.length == 4 && (b[0] & 0xff) == 198 && b[1] == 51 && b[2] == 100
            || b.length == 4 && (b[0] & 0xff) == 203 && b[1] == 0 && (b[2] & 0xff) == 113
            || b.length == 16
                && b[0] == 0x20
                && b[1] == 0x01
                && b[2] == 0x0d
                && (b[3] & 0xff) == 0xb8;
    if (documentation
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isMulticastAddress()
        || address.isAnyLocalAddress()) {
      return "reserved range";
    }
    return null;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow(); // a handler still pausing is woken
    threads.close();
  }
}
