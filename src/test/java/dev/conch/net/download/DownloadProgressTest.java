package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.download.DownloadFileResult.Restart;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What /tasks shows while a download runs, and the line a result prints as. */
class DownloadProgressTest {
  private static final long MIB = 1 << 20;

  @Test
  void showsFilesBytesRateAndTheTimeLeftCountingFilesNotBegunAtTheMeanLength() {
    long[] now = {0};
    DownloadProgress progress = new DownloadProgress(3, 0, () -> now[0]);
    DownloadProgress.Fetching a = progress.start("a.bin");
    a.begin(0, 2 * MIB);
    a.add(MIB);
    now[0] = 1_000_000_000L;

    assertThat(progress.getRate()).isEqualTo(MIB);
    assertThat(progress.getSecondsLeft()).isEqualTo(5.0); // 1 MiB of a, 2 × 2 MiB not begun
    assertThat(progress)
        .hasToString("download: 0 of 3 done, 0 failed, 1 active, 1.0 MiB at 1.0 MiB/s, 5 s left");

    a.add(MIB);
    progress.end(a, DownloadOutcome.DOWNLOADED);
    progress.end(progress.start("b.bin"), DownloadOutcome.FAILED);

    assertThat(progress.getDone()).isEqualTo(1);
    assertThat(progress.getFailed()).isEqualTo(1);
    assertThat(progress.getLeft()).isEqualTo(1);
    assertThat(progress.active()).isEmpty();
  }

  @Test
  void knowsNoTimeLeftBeforeAnyLengthIsKnown() {
    DownloadProgress progress = new DownloadProgress(2, 0, () -> 0);
    progress.start("a.bin");

    assertThat(progress.getSecondsLeft()).isEqualTo(-1);
    assertThat(progress)
        .hasToString("download: 0 of 2 done, 0 failed, 1 active, 0.0 MiB at 0.0 MiB/s");
  }

  @Test
  void aResultCountsEachOutcomeAndEstimatesTheSerialTime() {
    DownloadFileResult a = row("a.bin", DownloadOutcome.DOWNLOADED, 3 * MIB, 2_000_000_000L);
    DownloadFileResult b = row("b.bin", DownloadOutcome.RESUMED, MIB, 1_000_000_000L);
    DownloadFileResult c = row("c.bin", DownloadOutcome.STOPPED, 0, 0);

    DownloadResult result =
        new DownloadResult(Path.of("d"), List.of(a, b, c), 2_000_000_000L, true);

    assertThat(result.getSerial()).isEqualTo(3.0);
    assertThat(result.getWall()).isEqualTo(2.0);
    assertThat(result.getBytes()).isEqualTo(4 * MIB);
    assertThat(result.getRate()).isEqualTo(2.0 * MIB);
    assertThat(result.getDone()).containsExactly(a, b);
    assertThat(result.isComplete()).isFalse();
    assertThat(result)
        .hasToString("download: 3 files: 1 downloaded, 1 resumed, 1 stopped; 4.0 MiB in 2.00 s");
    assertThat(new DownloadResult(Path.of("d"), List.of(a), 2_000_000_000L, true))
        .hasToString("download: 1 file: 1 downloaded; 3.0 MiB in 2.00 s");
  }

  private static DownloadFileResult row(
      String name, DownloadOutcome outcome, long fetched, long nanos) {
    return new DownloadFileResult(
        URI.create("http://127.0.0.1:1/" + name),
        Path.of("d", name),
        outcome,
        fetched,
        fetched,
        nanos,
        Restart.NONE,
        1,
        null,
        false,
        null);
  }
}
