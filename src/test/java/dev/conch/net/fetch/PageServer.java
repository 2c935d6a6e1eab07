package dev.conch.net.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small web server on 127.0.0.1 for fetch's tests: an HTML page, JSON, a redirect, a 404, a
 * latin-1 page, an echo of what was sent, a handler that answers only when released, and three that
 * answer in reverse order. Handlers run on virtual threads and never wait unboundedly. Closed, it
 * releases every waiting handler, stops, and joins its threads.
 */
final class PageServer implements AutoCloseable {
  /** The longest any handler waits for the test. */
  private static final long WAIT_SECONDS = 20;

  static final String HTML =
      """
      <!doctype html>
      <html><head><title>Conch page</title></head>
      <body><a href="b.html">b</a> <a href="/c/d.html">d</a> <a href="https://example.org/x">x</a>
      </body></html>
      """;

  /** Counted down when a request reaches {@code /slow}. */
  final CountDownLatch slowArrived = new CountDownLatch(1);

  /** Counted down as requests reach {@code /order}. */
  final CountDownLatch orderArrived = new CountDownLatch(3);

  /** {@code orderDone.get(n)} is counted down by the test once the answer to n has been read. */
  final Map<Integer, CountDownLatch> orderDone =
      Map.of(1, new CountDownLatch(1), 2, new CountDownLatch(1), 3, new CountDownLatch(1));

  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer server;

  PageServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(handlers);
    route("/a.html", this::html);
    route("/data.json", x -> send(x, 200, "application/json", JSON));
    route("/redirect", this::redirect);
    route("/missing", x -> send(x, 404, "text/plain", "no such page"));
    route("/latin1", this::latin1);
    route("/echo", this::echo);
    route("/slow", this::slow);
    route("/order", this::order);
    server.start();
  }

  /** The URL of {@code path} on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static final String JSON =
      """
      {"name": "conch", "tags": ["a", "b"], "n": 3, "ratio": 0.5, "ok": true, "nothing": null}
      """;

  /** A handler that may throw; the exchange is closed whatever happens. */
  private interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  private void route(String path, Handler handler) {
    HttpHandler wrapped =
        exchange -> {
          try (exchange) {
            handler.handle(exchange);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    server.createContext(path, wrapped);
  }

  private void html(HttpExchange x) throws IOException {
    x.getResponseHeaders().add("X-Conch", "one");
    x.getResponseHeaders().add("X-Conch", "two");
    send(x, 200, "text/html; charset=utf-8", HTML);
  }

  private void redirect(HttpExchange x) throws IOException {
    x.getResponseHeaders().add("Location", "/a.html");
    x.sendResponseHeaders(302, -1);
  }

  private void latin1(HttpExchange x) throws IOException {
    send(
        x,
        200,
        "text/plain; charset=\"ISO-8859-1\"",
        "café crème".getBytes(StandardCharsets.ISO_8859_1));
  }

  private void echo(HttpExchange x) throws IOException {
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("method", x.getRequestMethod());
    seen.put("contentType", x.getRequestHeaders().getFirst("Content-Type"));
    seen.put("test", x.getRequestHeaders().getOrDefault("X-Test", List.of()));
    seen.put("agent", x.getRequestHeaders().getFirst("User-Agent"));
    seen.put("body", new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    send(x, 200, "application/json", new ObjectMapper().writeValueAsString(seen));
  }

  private void slow(HttpExchange x) throws IOException, InterruptedException {
    slowArrived.countDown();
    release.await(WAIT_SECONDS, TimeUnit.SECONDS);
    send(x, 200, "text/plain", "late");
  }

  /** Request n answers once n + 1's answer was read (3 once all three came): 3, 2, 1. */
  private void order(HttpExchange x) throws IOException, InterruptedException {
    int n = Integer.parseInt(x.getRequestURI().getQuery().substring("n=".length()));
    orderArrived.countDown();
    CountDownLatch before = n == 3 ? orderArrived : orderDone.get(n + 1);
    boolean inTurn = before.await(WAIT_SECONDS, TimeUnit.SECONDS);
    send(x, inTurn ? 200 : 500, "text/plain", String.valueOf(n));
  }

  private static void send(HttpExchange x, int status, String type, String body)
      throws IOException {
    send(x, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    release.countDown();
    orderDone.values().forEach(CountDownLatch::countDown);
    for (int i = 0; i < 3; i++) {
      orderArrived.countDown();
    }
    server.stop(0);
    handlers.close();
  }
}
