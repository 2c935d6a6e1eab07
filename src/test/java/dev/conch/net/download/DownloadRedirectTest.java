package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A redirect to another server is followed, and each server is asked with its own {@code Host}: the
 * download sets the header itself, and a redirect must not carry the first one along.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadRedirectTest {
  private static final byte[] DATA = DownloadFixture.bytes(3, 40_000);

  @TempDir Path dir;
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final List<String> hosts = new CopyOnWriteArrayList<>(); // "port Host", in order
  private HttpServer from;
  private HttpServer to;
  private DownloadClient client;

  @BeforeEach
  void start() throws IOException {
    to = server(this::file);
    from = server(this::redirect);
    client = new DownloadClient();
  }

  @AfterEach
  void stop() {
    client.close();
    from.stop(0);
    to.stop(0);
    handlers.close();
  }

  private HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.setExecutor(handlers);
    server.createContext("/", handler);
    server.start();
    return server;
  }

  private void redirect(HttpExchange ex) throws IOException {
    hosts.add(ex.getRequestHeaders().getFirst("Host"));
    ex.getResponseHeaders().add("Location", "http://localhost:" + port(to) + "/a.bin");
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private void file(HttpExchange ex) throws IOException {
    hosts.add(ex.getRequestHeaders().getFirst("Host"));
    ex.sendResponseHeaders(200, DATA.length);
    try (var body = ex.getResponseBody()) {
      body.write(DATA);
    }
  }

  private static int port(HttpServer server) {
    return server.getAddress().getPort();
  }

  @Test
  void aRedirectToAnotherServerArrivesWithThatServersHost() throws IOException {
    URI url = URI.create("http://127.0.0.1:" + port(from) + "/a.bin");

    DownloadResult result =
        Download.plan(List.of(url.toString()), dir, DownloadFixture.QUICK)
            .run(System::nanoTime, client);

    assertThat(result.getFiles().getFirst().outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(DATA);
    assertThat(hosts).containsExactly("127.0.0.1:" + port(from), "localhost:" + port(to));
  }

  @Test
  void theHostOfAUrlWithoutAPortHasNone() {
    assertThat(DownloadClient.hostAndPort(URI.create("http://example.test/a")))
        .isEqualTo("example.test");
    assertThat(DownloadClient.hostAndPort(URI.create("http://[::1]:8080/a")))
        .isEqualTo("[::1]:8080");
  }
}
