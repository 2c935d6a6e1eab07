package dev.conch.net.download;

import dev.conch.net.HttpClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP side of one download: a {@link HttpClient} (HTTP/1.1, redirects followed except from
 * https to http) whose connections its requests share, a timeout on connecting, on every answer's
 * headers and on any silence inside a body, and the {@code perHost} cap: a request waits for a
 * permit of its host (name and port), held until its answer is closed. Failures come out as {@link
 * DownloadError}s naming the URL.
 *
 * <p>Thread-safe. The client's own threads are virtual ones named {@code download-http-N} (and the
 * client's selector thread); {@link #close()} stops them and waits a second at most.
 */
final class DownloadHttp implements AutoCloseable {
  private static final int MAX_SUMS_BYTES = 1 << 20;

  private final ExecutorService executor;
  private final HttpClient client;
  private final long timeoutMillis;
  private final int perHost;
  private final ConcurrentMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  DownloadHttp(long timeoutMillis, int perHost) {
    this.timeoutMillis = timeoutMillis;
    this.perHost = perHost;
    this.executor =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("download-http-", 0).factory());
    this.client =
        HttpClients.builder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofMillis(timeoutMillis))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .executor(executor)
            .build();
  }

  /** The timeout of connects, headers and silences, in milliseconds. */
  long timeoutMillis() {
    return timeoutMillis;
  }

  /**
   * GET {@code url}, from byte {@code from} (with {@code Range} when above 0) to byte {@code to}
   * (-1: to the end), with {@code If-Range: ifRange} when a range is asked and it is not null.
   */
  DownloadReply get(URI url, long from, long to, String ifRange) throws InterruptedException {
    HttpRequest.Builder request = request(url).GET();
    if (from > 0 || to >= 0) {
      request.header("Range", "bytes=" + from + "-" + (to >= 0 ? to : ""));
      if (ifRange != null) {
        request.header("If-Range", ifRange);
      }
    }
    return send(url, request.build(), true);
  }

  /** HEAD {@code url}. */
  DownloadReply head(URI url) throws InterruptedException {
    return send(url, request(url).HEAD().build(), false);
  }

  /**
   * The text at {@code url} (UTF-8, at most 1 MiB), for a SHA256SUMS.
   *
   * @throws DownloadError {@code download.sums} when the server does not give it, or the failure of
   *     the connection
   */
  String text(URI url) throws InterruptedException {
    try (DownloadReply reply = get(url, 0, -1, null)) {
      if (reply.status() != 200) {
        throw DownloadError.sums(url.toString(), "HTTP " + reply.status());
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (List<ByteBuffer> chunk = reply.next(timeoutMillis);
          chunk != null && bytes.size() <= MAX_SUMS_BYTES;
          chunk = reply.next(timeoutMillis)) {
        for (ByteBuffer buffer : chunk) {
          byte[] copy = new byte[buffer.remaining()];
          buffer.get(copy);
          bytes.writeBytes(copy);
        }
      }
      if (bytes.size() > MAX_SUMS_BYTES) {
        throw DownloadError.sums(url.toString(), "larger than 1 MiB");
      }
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failure(url.toString(), e);
    }
  }

  private HttpRequest.Builder request(URI url) {
    return HttpRequest.newBuilder(url)
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("User-Agent", "conch-download");
  }

  private DownloadReply send(URI url, HttpRequest request, boolean withBody)
      throws InterruptedException {
    Semaphore permit = permit(url);
    Runnable release = permit == null ? () -> {} : permit::release;
    try {
      if (!withBody) {
        HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new DownloadReply(
            url.toString(), answer.statusCode(), answer.headers(), null, release);
      }
      var answer = client.send(request, HttpResponse.BodyHandlers.ofPublisher());
      DownloadBody body = new DownloadBody();
      answer.body().subscribe(body);
      return new DownloadReply(
          url.toString(), answer.statusCode(), answer.headers(), body, release);
    } catch (IOException e) {
      release.run();
      throw failure(url.toString(), e);
    } catch (InterruptedException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  /** The permit of {@code url}'s host, taken; null when there is no cap per host. */
  private Semaphore permit(URI url) throws InterruptedException {
    if (perHost == 0) {
      return null;
    }
    int port =
        url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    String host = url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    Semaphore permit = hosts.computeIfAbsent(host, h -> new Semaphore(perHost, true));
    permit.acquire();
    return permit;
  }

  /** A failed exchange as the learner should read it. */
  DownloadError failure(String url, IOException e) {
    if (e instanceof HttpTimeoutException) {
      return DownloadError.timeout(url, timeoutMillis);
    }
    Throwable t = e;
    for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
      if (t instanceof ConnectException) {
        return DownloadError.refused(url);
      }
    }
    return DownloadError.lost(url, DownloadError.reason(e));
  }

  /** Stops the client and its threads, waiting one second at most. */
  @Override
  public void close() {
    client.shutdownNow();
    executor.shutdownNow();
    try {
      client.awaitTermination(Duration.ofSeconds(1));
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
