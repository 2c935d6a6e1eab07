package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.download.DownloadFileResult.Restart;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A .part is continued only with a 206 that starts where it ends; else it starts again. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadResumeTest extends DownloadFixture {
  private final byte[] data = bytes(7, 50_000);

  private void part(int length) throws IOException {
    Files.write(dir.resolve("a.bin.part"), Arrays.copyOf(data, length));
  }

  private void meta(String etag) throws IOException {
    new DownloadPart(dir.resolve("a.bin"))
        .writeMeta(
            new DownloadPart.Meta(
                server.url("/a.bin").toString(),
                etag,
                RangeServer.LAST_MODIFIED,
                data.length,
                List.of()));
  }

  @Test
  void aPartLeftByAnotherToolIsContinuedFromItsLength() throws IOException {
    String sha = serve("/a.bin", data);
    part(30_000);

    DownloadResult result = download("/a.bin", QUICK.withSha256(DownloadChecksums.of(sha)));

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(server.gets("/a.bin"))
        .singleElement()
        .isEqualTo(new RangeServer.Request("GET", "/a.bin", "bytes=30000-", null));
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.RESUMED);
    assertThat(row.fetched()).isEqualTo(20_000);
    assertThat(row.verified()).isTrue();
    assertThat(row.restartedFromZero()).isFalse();
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
    assertThat(listing()).containsExactly("a.bin");
  }

  @Test
  void aPartWithItsMetaSendsTheEtagAsIfRange() throws IOException {
    serve("/a.bin", data);
    part(10_000);
    meta(server.etag("/a.bin"));

    DownloadResult result = download("/a.bin", QUICK);

    assertThat(server.gets("/a.bin"))
        .singleElement()
        .isEqualTo(new RangeServer.Request("GET", "/a.bin", "bytes=10000-", server.etag("/a.bin")));
    assertThat(result.getFiles().getFirst().outcome()).isEqualTo(DownloadOutcome.RESUMED);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }

  @Test
  void aServerThatIgnoresRangeMeansStartingAgainFromZeroAndSayingSo() throws IOException {
    serve("/a.bin", data);
    server.mode("/a.bin", RangeServer.Mode.IGNORE_RANGE);
    part(30_000);
    meta(server.etag("/a.bin"));

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly("bytes=30000-");
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(row.restartedFromZero()).isTrue();
    assertThat(row.restart()).isEqualTo(Restart.RANGE_IGNORED);
    assertThat(row.restart().note()).isEqualTo("the server ignored Range: started again");
    assertThat(row.restart().key()).isEqualTo("download.restart.range");
    assertThat(row.fetched()).isEqualTo(50_000);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }

  @Test
  void aFileChangedOnTheServerStartsAgainWhenIfRangeNoLongerMatches() throws IOException {
    serve("/a.bin", data);
    part(30_000);
    meta("\"a.bin-v0\"");

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin"))
        .extracting(RangeServer.Request::ifRange)
        .containsExactly("\"a.bin-v0\"");
    assertThat(row.restart()).isEqualTo(Restart.CHANGED);
    assertThat(row.restart().note()).isEqualTo("the file changed on the server: started again");
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }

  @Test
  void aCompletePartIsFinishedWithoutFetchingAByte() throws IOException {
    serve("/a.bin", data);
    part(data.length);

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly("bytes=50000-");
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.RESUMED);
    assertThat(row.fetched()).isZero();
    assertThat(listing()).containsExactly("a.bin");
  }

  @Test
  void unavailableTwiceThenServedIsRetriedToSuccess() throws IOException {
    serve("/a.bin", data);
    server.failFirst("/a.bin", 2, 503, null);

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin")).hasSize(3);
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }

  @Test
  void tooManyRequestsWaitsWhatRetryAfterSaysNotTheBackoff() {
    serve("/a.bin", data);
    server.failFirst("/a.bin", 2, 429, "0");

    long start = System.nanoTime();
    DownloadFileResult row = download("/a.bin", QUICK.withRetries(3, 60_000)).getFiles().getFirst();

    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
  }

  @Test
  void aRetryAfterPastTheLimitFailsAtOnce() {
    serve("/a.bin", data);
    server.failFirst("/a.bin", 1, 429, "3600");

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin")).hasSize(1);
    assertThat(row.errorText()).isEqualTo("download: " + server.url("/a.bin") + ": HTTP 429");
  }

  @Test
  void aServerErrorPastTheRetriesFailsTheFileWithItsStatus() throws IOException {
    serve("/a.bin", data);
    server.failFirst("/a.bin", 10, 500, null);

    DownloadFileResult row = download("/a.bin", QUICK.withRetries(2, 1)).getFiles().getFirst();

    assertThat(server.gets("/a.bin")).hasSize(3);
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(row.errorText()).isEqualTo("download: " + server.url("/a.bin") + ": HTTP 500");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aPartThatAnotherUrlLeftUnderTheNameIsNotContinued() throws IOException {
    serve("/a.bin", data);
    Files.write(dir.resolve("a.bin.part"), bytes(8, 30_000));
    new DownloadPart(dir.resolve("a.bin"))
        .writeMeta(new DownloadPart.Meta("http://127.0.0.1:1/a.bin", null, null, -1, List.of()));

    DownloadFileResult row = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly((String) null);
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(row.restartedFromZero()).isFalse();
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }
}
