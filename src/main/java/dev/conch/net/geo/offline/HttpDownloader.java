package dev.conch.net.geo.offline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A plain {@link Downloader} over the JDK's HTTP client: one GET, the body written to the target
 * file only when the status is 200, redirects followed. Thread-safe: the client is.
 */
public final class HttpDownloader implements Downloader {
  private final HttpClient http;
  private final Duration timeout;

  /** Downloads through {@code http}, each transfer allowed {@code timeout} in all. */
  public HttpDownloader(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  @Override
  public int fetch(URI url, Path target) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    HttpResponse<Path> response =
        http.send(
            request,
            info ->
                info.statusCode() == 200
                    ? BodySubscribers.ofFile(target)
                    : BodySubscribers.replacing(target));
    return response.statusCode();
  }
}
