package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.bench.DownloadFiles.FileSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files the download benchmark serves: three sets of 722 MiB in all with numbered names, made
 * once from seeds given by their names and reused while their SHA256SUMS match, and downloaded
 * copies checked against those sums with an error naming the tool and each wrong file.
 */
class DownloadFilesTest {
  private static final String A = "a".repeat(64);
  private static final String B = "0123456789abcdef".repeat(4);

  @Test
  void theSetsAreTheBaselines722MiB() {
    assertThat(DownloadFiles.ALL.stream().map(FileSet::label))
        .containsExactly("200 × 256 KiB", "20 × 8 MiB", "1 × 512 MiB");
    assertThat(DownloadFiles.ALL.stream().mapToLong(s -> s.count() * s.bytes()).sum())
        .isEqualTo(722L << 20);
  }

  @Test
  void namesAreNumberedWithAsManyDigitsAsTheLargestNeeds() {
    assertThat(DownloadFiles.SMALL.names())
        .hasSize(200)
        .startsWith("small-000.bin")
        .endsWith("small-199.bin");
    assertThat(DownloadFiles.MEDIUM.names()).startsWith("medium-00.bin");
    assertThat(DownloadFiles.LARGE.names()).containsExactly("large-0.bin");
  }

  @Test
  void sumsAreWrittenAsSha256sumDoesAndReadBack() {
    Map<String, String> sums = new LinkedHashMap<>();
    sums.put("small-000.bin", A);
    sums.put("large-0.bin", B);
    String text = DownloadFiles.format(sums);
    assertThat(text).isEqualTo(A + "  small-000.bin\n" + B + "  large-0.bin\n");
    assertThat(DownloadFiles.parse(text)).containsExactlyEntriesOf(sums);
  }

  @Test
  void linesOfAnotherFormAreSkippedAndBinaryMarksAccepted() {
    assertThat(
            DownloadFiles.parse("# comment\nnot a hash  x.bin\n" + A.toUpperCase() + " *y.bin\n"))
        .containsExactly(Map.entry("y.bin", A));
  }

  @Test
  void theSameNameAlwaysGivesTheSameSeed() {
    assertThat(DownloadFiles.seed("small-000.bin")).isEqualTo(DownloadFiles.seed("small-000.bin"));
    assertThat(DownloadFiles.seed("small-000.bin"))
        .isNotEqualTo(DownloadFiles.seed("small-001.bin"));
  }

  private static final FileSet TINY = new FileSet("t", 3, 1000);

  @Test
  void filesAreMadeOnceAndReusedWhileTheirHashesMatch(@TempDir Path dir) throws IOException {
    List<String> said = new ArrayList<>();
    DownloadFiles.ready(dir, List.of(TINY), said::add);
    byte[] first = Files.readAllBytes(dir.resolve("t-0.bin"));
    DownloadFiles.ready(dir, List.of(TINY), said::add);
    assertThat(said)
        .containsExactly(
            "download: making 0 MiB of files in " + dir + " …",
            "download: checking the files in " + dir + " …");
    assertThat(first).hasSize(1000);
    assertThat(Files.readString(dir.resolve(DownloadFiles.SUMS)).lines()).hasSize(3);
  }

  @Test
  void aChangedFileMakesThemAllAgainWithTheSameContent(@TempDir Path dir) throws IOException {
    DownloadFiles.ready(dir, List.of(TINY), said -> {});
    byte[] first = Files.readAllBytes(dir.resolve("t-1.bin"));
    byte[] changed = first.clone();
    changed[7] ^= 1;
    Files.write(dir.resolve("t-1.bin"), changed);
    List<String> said = new ArrayList<>();
    DownloadFiles.ready(dir, List.of(TINY), said::add);
    assertThat(said).last().asString().startsWith("download: making");
    assertThat(Files.readAllBytes(dir.resolve("t-1.bin"))).isEqualTo(first);
  }

  @Test
  void aMissingOrChangedCopyFailsNamingTheToolAndTheFile(@TempDir Path dir) throws IOException {
    Path served = dir.resolve("served");
    Path got = dir.resolve("got");
    DownloadFiles files = DownloadFiles.ready(served, List.of(TINY), said -> {});
    Files.createDirectories(got);
    for (String name : TINY.names()) {
      Files.copy(served.resolve(name), got.resolve(name));
    }
    files.verify(TINY, got, "curl");
    Files.delete(got.resolve("t-0.bin"));
    Files.write(got.resolve("t-2.bin"), new byte[1000]);
    String zeros = DownloadFiles.sha256(got.resolve("t-2.bin"));
    String wanted = DownloadFiles.sha256(served.resolve("t-2.bin"));
    assertThatThrownBy(() -> files.verify(TINY, got, "aria2c"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "download: aria2c: 2 file(s) wrong in "
                + got
                + ": [t-0.bin: missing, t-2.bin: sha256 "
                + zeros
                + ", expected "
                + wanted
                + "]");
  }
}
