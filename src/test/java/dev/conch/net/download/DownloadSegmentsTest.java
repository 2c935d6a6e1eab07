package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.download.DownloadPart.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A large file in ranged requests at once, when the server allows ranges; one stream if not. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadSegmentsTest extends DownloadFixture {
  private final byte[] data = bytes(3, 64_000);

  @Test
  void splitsALengthIntoSegmentsOfAtLeastTheMinimum() {
    assertThat(DownloadSegments.plan(100, 4, 10))
        .containsExactly(
            new Segment(0, 24, 0),
            new Segment(25, 49, 0),
            new Segment(50, 74, 0),
            new Segment(75, 99, 0));
    assertThat(DownloadSegments.plan(101, 2, 10))
        .containsExactly(new Segment(0, 49, 0), new Segment(50, 100, 0));
    assertThat(DownloadSegments.plan(100, 4, 40))
        .containsExactly(new Segment(0, 49, 0), new Segment(50, 99, 0));
    assertThat(DownloadSegments.plan(100, 4, 60)).isEmpty();
  }

  @Test
  void fourSegmentsAreFourRangedRequestsGivingTheSameBytes() throws IOException {
    String sha = serve("/big.bin", data);
    server.gate(4, 4);

    DownloadFileResult row =
        download("/big.bin", QUICK.withSegments(4, 1024).withSha256(DownloadChecksums.of(sha)))
            .getFiles()
            .getFirst();

    assertThat(server.requests("/big.bin"))
        .extracting(RangeServer.Request::method)
        .containsExactly("HEAD", "GET", "GET", "GET", "GET");
    assertThat(server.gets("/big.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactlyInAnyOrder(
            "bytes=0-15999", "bytes=16000-31999", "bytes=32000-47999", "bytes=48000-63999");
    assertThat(server.gets("/big.bin"))
        .extracting(RangeServer.Request::ifRange)
        .containsOnly(server.etag("/big.bin"));
    assertThat(server.maxInFlight()).isEqualTo(4);
    assertThat(row.segments()).isEqualTo(4);
    assertThat(row.verified()).isTrue();
    assertThat(Files.readAllBytes(dir.resolve("big.bin"))).isEqualTo(data);
    assertThat(listing()).containsExactly("big.bin");
  }

  @Test
  void aServerWithoutRangesGetsOneStream() throws IOException {
    serve("/big.bin", data);
    server.mode("/big.bin", RangeServer.Mode.IGNORE_RANGE);

    DownloadFileResult row =
        download("/big.bin", QUICK.withSegments(4, 1024)).getFiles().getFirst();

    assertThat(server.gets("/big.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly((String) null);
    assertThat(row.segments()).isEqualTo(1);
    assertThat(row.restartedFromZero()).isFalse();
    assertThat(Files.readAllBytes(dir.resolve("big.bin"))).isEqualTo(data);
  }

  @Test
  void aFileTooSmallToSplitGetsOneStream() {
    serve("/big.bin", data);

    DownloadFileResult row =
        download("/big.bin", QUICK.withSegments(4, 1 << 20)).getFiles().getFirst();

    assertThat(server.gets("/big.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly((String) null);
    assertThat(row.segments()).isEqualTo(1);
  }

  @Test
  void aSegmentThatFailsOnceIsRetriedOnItsOwn() throws IOException {
    serve("/big.bin", data);
    server.failFirst("/big.bin", 1, 503, null);

    DownloadFileResult row =
        download("/big.bin", QUICK.withSegments(2, 1024)).getFiles().getFirst();

    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(server.requests("/big.bin"))
        .extracting(RangeServer.Request::method)
        .containsExactly("HEAD", "GET", "GET", "GET"); // one GET got 503 and was tried again
    assertThat(row.segments()).isEqualTo(2);
    assertThat(Files.readAllBytes(dir.resolve("big.bin"))).isEqualTo(data);
  }
}
