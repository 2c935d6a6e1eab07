package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nothing reaches its final name unless it is whole: the length announced, and the sha256 when one
 * is given; a copy already there is left alone.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadVerifyTest extends DownloadFixture {
  private static final String WRONG = "0".repeat(64);

  @Test
  void aMatchingSha256IsVerifiedAndTheFileSaved() throws IOException {
    byte[] data = bytes(1, 50_000);
    String sha = serve("/a.bin", data);

    DownloadResult result =
        download("/a.bin", QUICK.withSha256(DownloadChecksums.of(sha.toUpperCase())));

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(row.verified()).isTrue();
    assertThat(row.sha256()).isEqualTo(sha);
    assertThat(row.size()).isEqualTo(50_000);
    assertThat(row.fetched()).isEqualTo(50_000);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
    assertThat(listing()).containsExactly("a.bin");
  }

  @Test
  void aWrongSha256FailsTheFileNamingBothHashesAndLeavesNothingBehind() throws IOException {
    String sha = serve("/a.bin", bytes(1, 50_000));

    DownloadResult result = download("/a.bin", QUICK.withSha256(DownloadChecksums.of(WRONG)));

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(row.verified()).isFalse();
    assertThat(row.errorText())
        .isEqualTo(
            "download: "
                + dir.resolve("a.bin")
                + ": sha256 mismatch: expected "
                + WRONG
                + ", got "
                + sha
                + "; the .part is deleted");
    assertThat(row.error().key()).isEqualTo("download.sha256");
    assertThat(listing()).isEmpty();
  }

  @Test
  void aMapChecksByUrlOrByNameAndLeavesOthersUnverified() {
    String a = serve("/a.bin", bytes(1, 1000));
    String b = serve("/b.bin", bytes(2, 1000));
    serve("/c.bin", bytes(3, 1000));
    Map<String, String> sums = Map.of(server.url("/a.bin").toString(), a, "b.bin", b);
    List<String> urls =
        List.of("/a.bin", "/b.bin", "/c.bin").stream().map(p -> server.url(p).toString()).toList();

    DownloadResult result = download(urls, QUICK.withSha256(DownloadChecksums.of(sums)));

    assertThat(result.getFiles())
        .extracting(DownloadFileResult::verified)
        .containsExactly(true, true, false);
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void aSha256sumsFileChecksEveryFileItNames() throws IOException {
    String a = serve("/a.bin", bytes(1, 1000));
    String b = serve("/b.bin", bytes(2, 1000));
    var sums = dir.resolveSibling(dir.getFileName() + "-SHA256SUMS");
    Files.writeString(sums, a + "  a.bin\n" + WRONG + " *b.bin\n");
    List<String> urls = List.of(server.url("/a.bin").toString(), server.url("/b.bin").toString());

    DownloadResult result = download(urls, QUICK.withSha256(DownloadChecksums.of(sums)));

    assertThat(result.getFiles())
        .extracting(DownloadFileResult::verified)
        .containsExactly(true, false);
    assertThat(result.getFailed())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("b.bin");
              assertThat(r.errorText()).contains("expected " + WRONG + ", got " + b);
            });
    Files.delete(sums);
  }

  @Test
  void aSha256sumsUrlIsReadBeforeTheFiles() {
    String a = serve("/a.bin", bytes(1, 1000));
    server.put("/SHA256SUMS", (a + "  a.bin\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    DownloadResult result =
        download(
            "/a.bin", QUICK.withSha256(DownloadChecksums.of(server.url("/SHA256SUMS").toString())));

    assertThat(result.getFiles().getFirst().verified()).isTrue();
  }

  @Test
  void aShortBodyLeavesNoFinalFileAndKeepsThePart() throws IOException {
    serve("/a.bin", bytes(1, 1000));
    server.mode("/a.bin", RangeServer.Mode.SHORT);
    String url = server.url("/a.bin").toString();

    DownloadResult result = download("/a.bin", QUICK.withRetries(0, 1));

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(row.errorText()).isEqualTo("download: " + url + ": short body: 500 of 1000 bytes");
    assertThat(row.error().key()).isEqualTo("download.short");
    assertThat(row.size()).isEqualTo(500);
    assertThat(listing()).containsExactly("a.bin.part", "a.bin.part.meta");
  }

  @Test
  void aShortBodyIsRetriedFromWhereItStopped() {
    serve("/a.bin", bytes(1, 1000));
    server.mode("/a.bin", RangeServer.Mode.SHORT);

    DownloadResult result = download("/a.bin", QUICK.withRetries(2, 1));

    assertThat(server.gets("/a.bin"))
        .extracting(RangeServer.Request::range)
        .containsExactly(null, "bytes=500-", "bytes=750-");
    assertThat(result.getFiles().getFirst().errorText()).endsWith("short body: 875 of 1000 bytes");
  }

  @Test
  void aCompleteFileAlreadyThereIsLeftAlone() throws IOException {
    byte[] data = bytes(1, 1000);
    String sha = serve("/a.bin", data);
    serve("/b.bin", bytes(2, 1000));
    Files.write(dir.resolve("a.bin"), data);
    Files.write(dir.resolve("b.bin"), bytes(2, 1000));
    Map<String, String> sums = Map.of("a.bin", sha);
    List<String> urls = List.of(server.url("/a.bin").toString(), server.url("/b.bin").toString());

    DownloadResult result = download(urls, QUICK.withSha256(DownloadChecksums.of(sums)));

    assertThat(result.getFiles())
        .extracting(DownloadFileResult::outcome)
        .containsOnly(DownloadOutcome.ALREADY_THERE);
    assertThat(result.getFiles())
        .extracting(DownloadFileResult::verified)
        .containsExactly(true, false);
    assertThat(server.gets("/a.bin")).isEmpty();
    assertThat(server.requests("/b.bin"))
        .extracting(RangeServer.Request::method)
        .containsExactly("HEAD");
  }

  @Test
  void aDifferentFileUnderTheNameIsReplacedByAVerifiedOne() throws IOException {
    byte[] data = bytes(1, 1000);
    String sha = serve("/a.bin", data);
    Files.write(dir.resolve("a.bin"), bytes(9, 1000));

    DownloadResult result = download("/a.bin", QUICK.withSha256(DownloadChecksums.of(sha)));

    assertThat(result.getFiles().getFirst().outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }
}
