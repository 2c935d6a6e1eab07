package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.serve.ServeOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file server the download benchmark runs in a JVM of its own serves a folder on 127.0.0.1 and
 * is gone once closed.
 */
class ServeChildTest {

  @Test
  void aChildServesOnLoopbackAndEndsWhenClosed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "hello");
    long pid;
    try (ServeChild child = ServeChild.start(dir, ServeOptions.DEFAULTS);
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build()) {
      pid = child.pid();
      assertThat(child.url()).startsWith("http://127.0.0.1:");
      HttpResponse<String> got =
          http.send(
              HttpRequest.newBuilder(URI.create(child.url() + "a.txt")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(got.body()).isEqualTo("hello");
    }
    Optional<ProcessHandle> left = ProcessHandle.of(pid);
    assertThat(left.map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
  }
}
