package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.bench.DownloadFiles.FileSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
