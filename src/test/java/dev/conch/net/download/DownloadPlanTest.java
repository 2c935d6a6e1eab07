package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is checked before anything is fetched, each refusal one exact line. */
class DownloadPlanTest {
  private static final String HOST = "http://127.0.0.1:1";

  @TempDir Path dir;

  private Download plan(Object urls, DownloadOptions options) {
    return Download.plan(urls, dir, options);
  }

  @Test
  void namesEachFileByTheLastSegmentOfItsPathDecodedOrAsGiven() {
    Download download =
        plan(
            List.of(HOST + "/x/a%20b.bin?v=1", HOST + "/y/c.bin"),
            DownloadOptions.DEFAULTS.withNames(Map.of(HOST + "/y/c.bin", "d.bin")));

    assertThat(download.files()).containsExactly(dir.resolve("a b.bin"), dir.resolve("d.bin"));
  }

  @Test
  void makesTheTargetDirectoryWhenItIsMissing() {
    Path nested = dir.resolve("a/b");

    Download.plan(HOST + "/a.bin", nested, DownloadOptions.DEFAULTS);

    assertThat(nested).isDirectory();
  }

  @Test
  void refusesADirectoryThatIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");

    assertThatThrownBy(() -> Download.plan(HOST + "/a.bin", file, DownloadOptions.DEFAULTS))
        .isInstanceOf(DownloadError.class)
        .hasMessage(
            "download: " + file + ": cannot download into it: a file of that name is in the way")
        .extracting(e -> ((DownloadError) e).key())
        .isEqualTo("download.dir");
  }

  @Test
  void refusesWhatIsNotAnHttpUrl() {
    assertThatThrownBy(() -> plan("ftp://127.0.0.1/a.bin", DownloadOptions.DEFAULTS))
        .hasMessage("download: ftp://127.0.0.1/a.bin: not an http or https URL");
    assertThatThrownBy(() -> plan("a.bin", DownloadOptions.DEFAULTS))
        .hasMessage("download: a.bin: not an http or https URL");
    assertThatThrownBy(() -> plan("127.0.0.1:8080/a.bin", DownloadOptions.DEFAULTS))
        .hasMessage(
            "download: 127.0.0.1:8080/a.bin: a URL starts with http:// or https://; did you mean"
                + " http://127.0.0.1:8080/a.bin?");
  }

  @Test
  void refusesAUrlThatNamesNoFile() {
    assertThatThrownBy(() -> plan(HOST + "/dir/", DownloadOptions.DEFAULTS))
        .hasMessage("download: " + HOST + "/dir/: the URL names no file; give it one with names:");
  }

  @Test
  void refusesANameThatWouldLeaveTheDirectory() {
    DownloadOptions options =
        DownloadOptions.DEFAULTS.withNames(Map.of(HOST + "/a.bin", "../a.bin"));

    assertThatThrownBy(() -> plan(HOST + "/a.bin", options))
        .hasMessage("download: " + HOST + "/a.bin: '../a.bin' is not a plain file name");
  }

  @Test
  void refusesTwoUrlsSavedUnderOneName() {
    assertThatThrownBy(
            () -> plan(List.of(HOST + "/x/a.bin", HOST + "/y/a.bin"), DownloadOptions.DEFAULTS))
        .hasMessage(
            "download: " + HOST + "/x/a.bin and " + HOST + "/y/a.bin would both be saved as a.bin");
  }

  @Test
  void refusesOneBareHashForSeveralUrls() {
    DownloadOptions options =
        DownloadOptions.DEFAULTS.withSha256(DownloadChecksums.of("a".repeat(64)));

    assertThatThrownBy(() -> plan(List.of(HOST + "/a.bin", HOST + "/b.bin"), options))
        .hasMessage(
            "download: sha256: one hash for 2 URLs; give a map of URL or name to hash, or a"
                + " SHA256SUMS file");
  }

  @Test
  void refusesAnOptionOutOfItsRange() {
    assertThatThrownBy(() -> DownloadOptions.DEFAULTS.withWorkers(0))
        .hasMessage("download: workers: 0, expected 1 or more");
  }
}
