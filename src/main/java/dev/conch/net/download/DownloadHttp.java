package dev.conch.net.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;

/**
 * The HTTP side of one download: its requests on the session's {@link DownloadClient}, under a tag
 * of its own so that its connections are its own, shared by its requests and closed when it ends; a
 * timeout on every answer's headers (connecting included) and on any silence inside a body; and the
 * {@code perHost} cap: a request waits for a permit of its host (name and port), held until its
 * answer is closed. Failures come out as {@link DownloadError}s naming the URL. Thread-safe.
 */
final class DownloadHttp implements AutoCloseable {
  private static final int MAX_SUMS_BYTES = 1 << 20;
  private static final ByteBuffer NO_BYTES = ByteBuffer.allocate(0).asReadOnlyBuffer();

  private final DownloadClient client;
  private final Object tag = new Object(); // this download's connections
  private final long timeoutMillis;
  private final int perHost;
  private final ConcurrentMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

  DownloadHttp(DownloadClient client, long timeoutMillis, int perHost) {
    this.client = client;
    this.timeoutMillis = timeoutMillis;
    this.perHost = perHost;
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
    Request request = client.request(url, tag, timeoutMillis).method(HttpMethod.GET);
    if (from > 0 || to >= 0) {
      String range = "bytes=" + from + "-" + (to >= 0 ? to : "");
      request.headers(h -> h.put(HttpHeader.RANGE, range));
      if (ifRange != null) {
        request.headers(h -> h.put(HttpHeader.IF_RANGE, ifRange));
      }
    }
    return send(url, request);
  }

  /** HEAD {@code url}. */
  DownloadReply head(URI url) throws InterruptedException {
    DownloadReply reply =
        send(url, client.request(url, tag, timeoutMillis).method(HttpMethod.HEAD));
    try {
      while (reply.next(timeoutMillis) != null) {
        // an answer to HEAD has no body; this ends it, so its connection is used again
      }
      return reply;
    } catch (IOException e) {
      reply.close();
      throw failure(url.toString(), e);
    }
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
      for (ByteBuffer chunk = reply.next(timeoutMillis);
          chunk != null && bytes.size() <= MAX_SUMS_BYTES;
          chunk = reply.next(timeoutMillis)) {
        byte[] copy = new byte[chunk.remaining()];
        chunk.get(copy);
        bytes.writeBytes(copy);
      }
      if (bytes.size() > MAX_SUMS_BYTES) {
        throw DownloadError.sums(url.toString(), "larger than 1 MiB");
      }
      return bytes.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw failure(url.toString(), e);
    }
  }

  /** The answer's headers with its body still to read; or the whole exchange when it had none. */
  private record Answer(Response response, Content.Source body) {}

  private DownloadReply send(URI url, Request request) throws InterruptedException {
    Semaphore permit = permit(url);
    Runnable release = permit == null ? () -> {} : permit::release;
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    request.onResponseContentSource(
        (response, body) -> answer.complete(new Answer(response, body)));
    request.send(
        result -> {
          if (result.isFailed()) {
            answer.completeExceptionally(result.getFailure());
          } else if (!answer.isDone()) { // an answer with a body has its source already
            answer.complete(new Answer(result.getResponse(), Content.Source.from(NO_BYTES)));
          }
        });
    try {
      Answer got = answer.get(timeoutMillis, TimeUnit.MILLISECONDS);
      Response response = got.response();
      return new DownloadReply(
          url.toString(),
          response.getStatus(),
          response.getHeaders(),
          new DownloadBody(got.body()),
          release);
    } catch (ExecutionException e) {
      release.run();
      throw failure(url.toString(), DownloadBody.asIo(e.getCause()));
    } catch (TimeoutException e) {
      request.abort(e);
      release.run();
      throw DownloadError.timeout(url.toString(), timeoutMillis);
    } catch (InterruptedException | RuntimeException e) {
      request.abort(e);
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

  /** Closes the connections this download opened. */
  @Override
  public void close() {
    client.closeConnections(tag);
  }
}
