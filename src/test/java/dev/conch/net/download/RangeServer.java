package dev.conch.net.download;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file server on 127.0.0.1 for the download tests, careful where the tests need care and careless
 * where they need that: byte ranges ({@code 206} with {@code Content-Range}, {@code 416}), {@code
 * ETag}, {@code Last-Modified} and {@code If-Range}, and per path a mode: {@link Mode#IGNORE_RANGE}
 * (the whole file with 200, as python's http.server), {@link Mode#SHORT} (half the body, then the
 * connection closes), {@link Mode#STALL} (half the body, then silence until {@link #release()}),
 * failing the first N GETs with a status and a {@code Retry-After}; any other path is 404. It logs
 * every request and counts the GETs in flight (a GET leaves just before its last byte, so the
 * client cannot start another request first), and the client's port of each request (which
 * connection it came on). A gate can hold each GET until a number of them are in flight at once.
 * Handlers run on virtual threads. Thread-safe.
 */
final class RangeServer implements AutoCloseable {
  static final String LAST_MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT";
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

  enum Mode {
    RANGES,
    IGNORE_RANGE,
    SHORT,
    STALL
  }

  record Request(String method, String path, String range, String ifRange) {}

  private record Failing(AtomicInteger left, int status, String retryAfter) {}

  private final HttpServer server;
  private final ExecutorService handlers =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("range-server-", 0).factory());
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Mode> modes = new ConcurrentHashMap<>();
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final Map<String, Failing> failing = new ConcurrentHashMap<>();
  private final List<Request> log = new CopyOnWriteArrayList<>();
  private final List<Integer> clientPorts = new CopyOnWriteArrayList<>(); // one per request, as log
  private final CountDownLatch released = new CountDownLatch(1);
  private final CountDownLatch stalled = new CountDownLatch(1);
  private final Object lock = new Object();
  private int inFlight; // guarded by lock
  private int maxInFlight; // guarded by lock
  private int started; // guarded by lock
  private int gateTarget; // guarded by lock
  private int gateTotal; // guarded by lock

  private RangeServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  static RangeServer start() throws IOException {
    return new RangeServer();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  void put(String path, byte[] bytes) {
    put(path, bytes, Mode.RANGES);
  }

  void put(String path, byte[] bytes, Mode mode) {
    files.put(path, bytes.clone());
    modes.put(path, mode);
    versions.merge(path, 1, Integer::sum); // a new version: a new ETag
  }

  void mode(String path, Mode mode) {
    modes.put(path, mode);
  }

  String etag(String path) {
    return "\"" + path.substring(1) + "-v" + versions.get(path) + "\"";
  }

  void failFirst(String path, int times, int status, String retryAfter) {
    failing.put(path, new Failing(new AtomicInteger(times), status, retryAfter));
  }

  /** Holds each GET until {@code target} are in flight, or {@code total} have come. */
  void gate(int target, int total) {
    synchronized (lock) {
      gateTarget = target;
      gateTotal = total;
    }
  }

  List<Request> requests(String path) {
    return log.stream().filter(r -> r.path().equals(path)).toList();
  }

  List<Request> gets(String path) {
    return requests(path).stream().filter(r -> r.method().equals("GET")).toList();
  }

  /**
   * The client's port of every request so far, in the order they came: one port, one connection.
   */
  List<Integer> clientPorts() {
    return List.copyOf(clientPorts);
  }

  int maxInFlight() {
    synchronized (lock) {
      return maxInFlight;
    }
  }

  /** Waits until a STALL answer has sent its first half. */
  boolean awaitStalled() throws InterruptedException {
    return stalled.await(10, TimeUnit.SECONDS);
  }

  /** Lets every stalled answer end. */
  void release() {
    released.countDown();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String method = ex.getRequestMethod();
    var headers = ex.getRequestHeaders();
    log.add(new Request(method, path, headers.getFirst("Range"), headers.getFirst("If-Range")));
    clientPorts.add(ex.getRemoteAddress().getPort());
    boolean[] left = {!method.equals("GET")};
    if (!left[0]) {
      enter();
    }
    try (ex) {
      serve(ex, path, () -> leave(left));
    } catch (IOException | RuntimeException e) {
      // the client went away, or SHORT closed the connection on purpose
    } finally {
      leave(left);
    }
  }

  private void serve(HttpExchange ex, String path, Runnable leave) throws IOException {
    byte[] data = files.get(path);
    if (data == null) {
      ex.sendResponseHeaders(404, -1);
      return;
    }
    if (failed(ex, path)) {
      return;
    }
    Mode mode = modes.get(path);
    var out = ex.getResponseHeaders();
    out.set("ETag", etag(path));
    out.set("Last-Modified", LAST_MODIFIED);
    if (mode != Mode.IGNORE_RANGE) {
      out.set("Accept-Ranges", "bytes");
    }
    if (ex.getRequestMethod().equals("HEAD")) {
      out.set("Content-Length", Long.toString(data.length));
      ex.sendResponseHeaders(200, -1);
      return;
    }
    long[] range = mode == Mode.IGNORE_RANGE ? null : range(ex, path, data.length);
    if (range != null && range[0] >= data.length) {
      out.set("Content-Range", "bytes */" + data.length);
      ex.sendResponseHeaders(416, -1);
      return;
    }
    int from = range == null ? 0 : (int) range[0];
    int to = range == null ? data.length - 1 : (int) Math.min(range[1], data.length - 1);
    if (range != null) {
      out.set("Content-Range", "bytes " + from + "-" + to + "/" + data.length);
    }
    ex.sendResponseHeaders(range == null ? 200 : 206, to - from + 1);
    body(ex.getResponseBody(), data, from, to + 1, mode, leave);
  }

  /** Fails a GET of {@code path} as told, while it is to fail; whether it did. */
  private boolean failed(HttpExchange ex, String path) throws IOException {
    Failing fail = failing.get(path);
    if (fail == null
        || !ex.getRequestMethod().equals("GET")
        || fail.left().getAndDecrement() <= 0) {
      return false;
    }
    if (fail.retryAfter() != null) {
      ex.getResponseHeaders().set("Retry-After", fail.retryAfter());
    }
    ex.sendResponseHeaders(fail.status(), -1);
    return true;
  }

  /** The range asked, {from, to}, or null when none is, or If-Range does not match. */
  private long[] range(HttpExchange ex, String path, int length) {
    String asked = ex.getRequestHeaders().getFirst("Range");
    String ifRange = ex.getRequestHeaders().getFirst("If-Range");
    Matcher m = asked == null ? null : RANGE.matcher(asked);
    if (m == null || !m.matches()) {
      return null;
    }
    if (ifRange != null && !ifRange.equals(etag(path)) && !ifRange.equals(LAST_MODIFIED)) {
      return null;
    }
    long end = m.group(2).isEmpty() ? length - 1 : Long.parseLong(m.group(2));
    return new long[] {Long.parseLong(m.group(1)), end};
  }

  private void body(OutputStream body, byte[] data, int from, int end, Mode mode, Runnable leave)
      throws IOException {
    int half = from + (end - from) / 2;
    switch (mode) {
      case SHORT -> {
        body.write(data, from, half - from);
        body.flush(); // then the exchange's close drops the connection
      }
      case STALL -> {
        body.write(data, from, half - from);
        body.flush();
        stalled.countDown();
        awaitRelease();
      }
      default -> {
        body.write(data, from, end - from - 1);
        body.flush();
        leave.run();
        body.write(data, end - 1, 1);
      }
    }
  }

  private void awaitRelease() {
    try {
      released.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void enter() {
    synchronized (lock) {
      inFlight++;
      started++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      lock.notifyAll();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (gateTarget > 0 && inFlight < gateTarget && started < gateTotal) {
        long wait = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (wait <= 0) {
          return;
        }
        try {
          lock.wait(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void leave(boolean[] left) {
    if (left[0]) {
      return;
    }
    left[0] = true;
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    handlers.shutdownNow();
    try {
      handlers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
