package dev.conch.net.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slow link as a client feels it. Its delays are lower bounds a correct server cannot beat, so
 * the tests assert those: never that something was fast, except where only a shared budget could be
 * that slow.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ServeSlowLinkTest {
  private static final int LATENCY_MILLIS = 40;
  private static final int RATE = 256 * 1024;

  @TempDir Path dir;

  @Test
  void everyRequestWaitsTheLatencyAndANewConnectionOnceMore() throws Exception {
    LoopbackHttp.write(dir.resolve("small.bin"), 1000, 2);
    int n = 5;
    ServeOptions slow = ServeOptions.DEFAULTS.withLatencyMillis(LATENCY_MILLIS);
    try (FileServer server = FileServer.start(dir, slow);
        LoopbackHttp http = new LoopbackHttp()) {
      long start = System.nanoTime();
      for (int i = 0; i < n; i++) {
        assertThat(http.get(server, "/small.bin").statusCode()).isEqualTo(200);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis((n + 1L) * LATENCY_MILLIS));
      List<ServeRequest> log = server.log();
      assertThat(log).hasSize(n).allMatch(r -> r.connection() == 1);
      assertThat(log.getFirst().elapsed())
          .isGreaterThanOrEqualTo(Duration.ofMillis(2L * LATENCY_MILLIS));
      assertThat(log).allMatch(r -> r.elapsed().toMillis() >= LATENCY_MILLIS);
    }
  }

  @Test
  void eachConnectionGetsItsOwnRate() throws Exception {
    byte[] bytes = LoopbackHttp.write(dir.resolve("two-seconds.bin"), 2 * RATE, 3);
    Duration atTheRate = Duration.ofSeconds(2);
    ServeOptions slow = ServeOptions.DEFAULTS.withBytesPerSecond(RATE);
    try (FileServer server = FileServer.start(dir, slow);
        LoopbackHttp http = new LoopbackHttp()) {
      long start = System.nanoTime();
      CompletableFuture<HttpResponse<byte[]>> a = http.getAsync(server, "/two-seconds.bin");
      CompletableFuture<HttpResponse<byte[]>> b = http.getAsync(server, "/two-seconds.bin");
      assertThat(a.get().body()).isEqualTo(bytes);
      assertThat(b.get().body()).isEqualTo(bytes);
      Duration both = Duration.ofNanos(System.nanoTime() - start);

      List<ServeRequest> log = server.log();
      assertThat(log).extracting(ServeRequest::connection).containsExactlyInAnyOrder(1, 2);
      assertThat(log).allMatch(r -> r.bytes() == 2L * RATE);
      assertThat(log).allMatch(r -> r.elapsed().compareTo(atTheRate) >= 0);
      assertThat(both).isGreaterThanOrEqualTo(atTheRate);
      // one budget shared by both would need twice as long: 4 s
      assertThat(both).isLessThan(atTheRate.multipliedBy(2));
    }
  }

  @Test
  void aRangeIsPacedAndHeadIsNot() throws Exception {
    byte[] bytes = LoopbackHttp.write(dir.resolve("big.bin"), 8 * RATE, 4);
    ServeOptions slow = ServeOptions.DEFAULTS.withBytesPerSecond(RATE);
    try (FileServer server = FileServer.start(dir, slow);
        LoopbackHttp http = new LoopbackHttp()) {
      long start = System.nanoTime();
      HttpResponse<byte[]> head = http.send(server, "HEAD", "/big.bin");
      HttpResponse<byte[]> tail =
          http.get(server, "/big.bin", "Range", "bytes=" + (8 * RATE - RATE / 4) + "-");
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(8L * RATE);
      assertThat(tail.statusCode()).isEqualTo(206);
      assertThat(tail.body()).hasSize(RATE / 4).isEqualTo(tailOf(bytes, RATE / 4));
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(250));
      // the HEAD of eight seconds' worth sends no body, so nothing of it is paced
      assertThat(elapsed).isLessThan(Duration.ofSeconds(8));
    }
  }

  private static byte[] tailOf(byte[] bytes, int length) {
    return java.util.Arrays.copyOfRange(bytes, bytes.length - length, bytes.length);
  }
}
