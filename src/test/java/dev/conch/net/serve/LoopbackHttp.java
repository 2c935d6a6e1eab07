package dev.conch.net.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * What the serve tests ask with: the JDK's HTTP/1.1 client, which keeps one connection for requests
 * made one after another and opens another for each request in flight at once; and files of known
 * bytes. Loopback only. Closed by the test that made it.
 */
final class LoopbackHttp implements AutoCloseable {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** {@code method path} on {@code server}, with headers given as name, value, name, value, … */
  HttpResponse<byte[]> send(FileServer server, String method, String path, String... headers)
      throws IOException, InterruptedException {
    return client.send(
        request(server, method, path, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** {@code GET path}, with headers given as name, value, … */
  HttpResponse<byte[]> get(FileServer server, String path, String... headers)
      throws IOException, InterruptedException {
    return send(server, "GET", path, headers);
  }

  /** {@code GET path}, sent now, answered later. */
  CompletableFuture<HttpResponse<byte[]>> getAsync(FileServer server, String path) {
    return client.sendAsync(request(server, "GET", path), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest request(
      FileServer server, String method, String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(server.url().replaceAll("/$", "") + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  /** Writes {@code size} bytes that depend on {@code seed} to {@code file}; returns them. */
  static byte[] write(Path file, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    Files.write(file, bytes);
    return bytes;
  }

  @Override
  public void close() {
    client.close();
  }
}
