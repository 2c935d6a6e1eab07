package dev.conch.net.fetch;

import dev.conch.net.HttpClients;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The engine of {@code fetch}: gets one page over HTTP or HTTPS with the JDK's {@link HttpClient},
 * following redirects. The calling task is journaled as {@link TaskState#WAITING} on a {@link
 * PageRequest} while the request is in flight, so {@code /tasks} shows what it waits for, and a
 * coroutine hands its turn on meanwhile: the exchange runs on the client's own threads and does not
 * need the turn. An interrupt (Ctrl-C, cancel) ends the wait at once and cancels the request.
 *
 * <p>Thread-safe: one per session, shared by all its tasks. Its client, made on first use, runs on
 * virtual threads named {@code fetch-N} (and the JDK's one selector thread); {@link #close()} stops
 * them, so a session closes it with its runtime.
 */
public final class PageFetcher implements AutoCloseable {
  /** The longest a connection may take to open, whatever the request's timeout. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How deep a chain of causes is searched for the reason of a failure. */
  private static final int MAX_CAUSES = 16;

  private HttpClient client; // guarded by this; made on first use
  private ExecutorService executor; // guarded by this; the client's threads
  private boolean closed; // guarded by this

  /**
   * Gets the page at {@code url}. A status outside 200–299 is a page like any other, unless {@code
   * options.check()} asks for an error.
   *
   * @throws FetchError when there is no page to give, in one line that names the URL
   * @throws InterruptedException when the calling thread is interrupted while it waits; the request
   *     is cancelled
   */
  public Page fetch(String url, FetchOptions options) throws InterruptedException {
    String written = url == null ? "null" : url.strip();
    HttpRequest request = FetchRequests.build(written, options);
    HttpClient http = client();
    Task task = Task.current();
    TaskState before = task == null ? null : task.getState();
    if (task != null) {
      task.enter(TaskState.WAITING, new PageRequest(request.method(), written));
    }
    Page page;
    try {
      page = exchange(http, written, request, options.timeoutSeconds());
    } finally {
      if (task != null) {
        task.enter(before, null);
      }
    }
    if (options.check() && !page.isOk()) {
      throw FetchError.status(page);
    }
    return page;
  }

  /** Sends {@code request} and waits for the whole response, at most {@code seconds}. */
  private static Page exchange(HttpClient http, String url, HttpRequest request, double seconds)
      throws InterruptedException {
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> response =
        http.sendAsync(request, BodyHandlers.ofByteArray());
    try {
      HttpResponse<byte[]> got = response.get(FetchRequests.nanos(seconds), TimeUnit.NANOSECONDS);
      return new Page(
          got.uri().toString(),
          got.statusCode(),
          headers(got.headers()),
          got.body(),
          System.nanoTime() - start);
    } catch (InterruptedException e) {
      response.cancel(true);
      throw e;
    } catch (TimeoutException e) {
      response.cancel(true);
      throw FetchError.timeout(url, seconds);
    } catch (ExecutionException e) {
      throw failure(url, e.getCause(), seconds);
    }
  }

  /** The headers with their names in lower case, HTTP/2's pseudo-headers left out. */
  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> lower = new TreeMap<>();
    headers
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":")) {
                lower
                    .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values);
              }
            });
    return lower;
  }

  /** The one-line error for what went wrong while {@code url} was in flight. */
  static FetchError failure(String url, Throwable cause, double seconds) {
    Throwable root = cause;
    Throwable e = cause;
    for (int depth = 0; e != null && depth < MAX_CAUSES; depth++, e = e.getCause()) {
      if (e instanceof HttpConnectTimeoutException) {
        return FetchError.connectTimeout(url, connectSeconds(seconds), cause);
      }
      if (e instanceof HttpTimeoutException) {
        return FetchError.timeout(url, seconds);
      }
      if (e instanceof UnresolvedAddressException || e instanceof UnknownHostException) {
        return FetchError.unknownHost(url, FetchRequests.parse(url).getHost(), cause);
      }
      root = e;
    }
    if (isRefused(cause)) {
      return FetchError.refused(url, cause);
    }
    String message = root.getMessage();
    String problem =
        message == null || message.isBlank()
            ? root.getClass().getSimpleName()
            : FetchRequests.lowerFirst(message.strip().lines().findFirst().orElse(""));
    return FetchError.failed(url, problem, cause);
  }

  /** True when a connection was refused: a ConnectException saying so, or saying nothing. */
  private static boolean isRefused(Throwable cause) {
    Throwable e = cause;
    for (int depth = 0; e != null && depth < MAX_CAUSES; depth++, e = e.getCause()) {
      if (e instanceof ConnectException) {
        String message = e.getMessage();
        if (message == null || message.toLowerCase(Locale.ROOT).contains("refused")) {
          return true;
        }
      }
    }
    return false;
  }

  private static double connectSeconds(double seconds) {
    return Math.min(seconds, CONNECT_TIMEOUT.toMillis() / 1000.0);
  }

  private synchronized HttpClient client() {
    if (closed) {
      throw new IllegalStateException("fetch: the session is closed");
    }
    if (client == null) {
      executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("fetch-", 1).factory());
      client =
          HttpClients.builder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(CONNECT_TIMEOUT)
              .executor(executor)
              .build();
    }
    return client;
  }

  /** Stops the client and its threads, cancelling what is in flight; waits up to two seconds. */
  @Override
  public void close() {
    HttpClient http;
    ExecutorService threads;
    synchronized (this) {
      closed = true;
      http = client;
      threads = executor;
      client = null;
      executor = null;
    }
    if (http == null) {
      return;
    }
    http.shutdownNow();
    threads.shutdownNow();
    try {
      http.awaitTermination(Duration.ofSeconds(1));
      threads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
