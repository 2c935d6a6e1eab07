package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The bytes saved are the bytes served: a download offers no content encoding, and a body a server
 * gzips anyway is saved gzipped, its length the one announced.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadEncodingTest extends DownloadFixture {
  @Test
  void aGzippedBodyIsSavedAsServedAndNoEncodingIsOffered() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write("a line of text\n".repeat(2_000).getBytes(StandardCharsets.UTF_8));
    }
    byte[] served = zipped.toByteArray();
    List<String> offered = new CopyOnWriteArrayList<>();
    HttpServer gzipping =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    gzipping.createContext(
        "/notes.txt",
        exchange -> {
          offered.add(String.valueOf(exchange.getRequestHeaders().getFirst("Accept-Encoding")));
          exchange.getResponseHeaders().add("Content-Encoding", "gzip");
          exchange.sendResponseHeaders(200, served.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(served);
          }
        });
    gzipping.start();
    try {
      String url = "http://127.0.0.1:" + gzipping.getAddress().getPort() + "/notes.txt";

      DownloadFileResult row = download(List.of(url), QUICK).getFiles().getFirst();

      assertThat(row.errorText()).isNull();
      assertThat(offered).containsExactly("null");
      assertThat(Files.readAllBytes(dir.resolve("notes.txt"))).isEqualTo(served);
    } finally {
      gzipping.stop(0);
    }
  }
}
