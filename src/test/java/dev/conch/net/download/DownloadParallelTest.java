package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many files at once, within the caps; one file failing leaves the others alone. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadParallelTest extends DownloadFixture {

  private List<String> serveMany(int n) {
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      serve("/f" + i + ".bin", bytes(i, 20_000 + i));
      urls.add(server.url("/f" + i + ".bin").toString());
    }
    return urls;
  }

  @Test
  void nineFilesWithThreeWorkersNeverHaveMoreThanThreeRequestsInFlight() throws IOException {
    List<String> urls = serveMany(9);
    server.gate(3, 9);

    DownloadResult result = download(urls, QUICK.withWorkers(3));

    assertThat(result.isComplete()).isTrue();
    assertThat(server.maxInFlight()).isEqualTo(3);
    for (int i = 0; i < 9; i++) {
      assertThat(Files.readAllBytes(dir.resolve("f" + i + ".bin"))).isEqualTo(bytes(i, 20_000 + i));
    }
    assertThat(listing()).hasSize(9).noneMatch(n -> n.endsWith(".part") || n.endsWith(".meta"));
    assertThat(result.getFiles())
        .extracting(DownloadFileResult::outcome)
        .containsOnly(DownloadOutcome.DOWNLOADED);
    assertThat(result.serialNanos())
        .isGreaterThanOrEqualTo(result.getFiles().get(0).elapsedNanos());
  }

  @Test
  void perHostCapsTheConnectionsToOneServerBelowTheWorkers() {
    List<String> urls = serveMany(6);
    server.gate(2, 6);

    DownloadResult result = download(urls, QUICK.withWorkers(6).withPerHost(2));

    assertThat(result.isComplete()).isTrue();
    assertThat(server.maxInFlight()).isEqualTo(2);
  }

  @Test
  void aMissingFileFailsAloneWithItsUrlAndStatusWhileTheOthersArrive() throws IOException {
    List<String> urls = serveMany(3);
    String missing = server.url("/missing.bin").toString();
    urls.add(1, missing);

    DownloadResult result = download(urls, QUICK.withWorkers(2));

    assertThat(result.getFiles())
        .extracting(DownloadFileResult::outcome)
        .containsExactly(
            DownloadOutcome.DOWNLOADED,
            DownloadOutcome.FAILED,
            DownloadOutcome.DOWNLOADED,
            DownloadOutcome.DOWNLOADED);
    DownloadFileResult failed = result.getFailed().getFirst();
    assertThat(failed.errorText()).isEqualTo("download: " + missing + ": HTTP 404");
    assertThat(failed.error().key()).isEqualTo("download.http");
    assertThat(server.requests("/missing.bin")).hasSize(1); // a 404 is not retried
    assertThat(listing()).containsExactly("f0.bin", "f1.bin", "f2.bin");
  }

  @Test
  void aRefusedConnectionIsRetriedThenFailsWithOneLine() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/a.bin";

    DownloadResult result = download(List.of(url), QUICK.withRetries(1, 1));

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(row.errorText()).isEqualTo("download: " + url + ": connection refused");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aDownloadSharesItsConnectionsAmongItsFilesAndOpensNewOnesNextTime() throws IOException {
    serve("/a.bin", bytes(1, 20_000));
    serve("/b.bin", bytes(2, 20_000));
    List<String> both = List.of(server.url("/a.bin").toString(), server.url("/b.bin").toString());
    DownloadOptions oneAtATime = QUICK.withWorkers(1);

    download(both, oneAtATime);
    Files.delete(dir.resolve("a.bin"));
    download(List.of(server.url("/a.bin").toString()), oneAtATime);

    List<Integer> ports = server.clientPorts();
    assertThat(ports).hasSize(3);
    assertThat(ports.get(1)).as("b.bin on a.bin's connection").isEqualTo(ports.get(0));
    assertThat(ports.get(2)).as("the next download's own connection").isNotEqualTo(ports.get(0));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().startsWith("HttpClient") && t.isAlive());
  }
}
