package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server that goes silent, before its headers or inside its body, costs one timeout a try. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadTimeoutTest extends DownloadFixture {

  @Test
  void aServerThatNeverAnswersTimesOut() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/a.bin";

      DownloadFileResult row =
          download(List.of(url), QUICK.withRetries(0, 1).withTimeout(200)).getFiles().getFirst();

      assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
      assertThat(row.errorText()).isEqualTo("download: " + url + ": no answer within 200 ms");
      assertThat(row.error().key()).isEqualTo("download.timeout");
    }
  }

  @Test
  void aBodyThatStopsTimesOutKeepingWhatCame() throws IOException {
    serve("/a.bin", bytes(1, 50_000));
    server.mode("/a.bin", RangeServer.Mode.STALL);

    DownloadFileResult row =
        download("/a.bin", QUICK.withRetries(0, 1).withTimeout(200)).getFiles().getFirst();

    assertThat(row.errorText())
        .isEqualTo("download: " + server.url("/a.bin") + ": no answer within 200 ms");
    assertThat(row.size()).isEqualTo(25_000);
    assertThat(listing()).containsExactly("a.bin.part", "a.bin.part.meta");
  }
}
