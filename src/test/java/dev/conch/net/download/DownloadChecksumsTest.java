package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SHA256SUMS as sha256sum and BSD tools write them, and the hashes a learner types. */
class DownloadChecksumsTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);
  private static final String C = "c".repeat(64);

  @Test
  void parsesTextAndBinaryLinesBsdLinesAndSkipsComments() {
    String text =
        "# made by sha256sum\n"
            + A
            + "  a.bin\n"
            + B.toUpperCase()
            + " *./b.bin\n"
            + "SHA256 (dir/c.bin) = "
            + C
            + "\n"
            + "\n"
            + "not a line\n";

    assertThat(DownloadChecksums.parse(text, "SHA256SUMS"))
        .containsExactly(Map.entry("a.bin", A), Map.entry("b.bin", B), Map.entry("dir/c.bin", C));
  }

  @Test
  void findsAHashByUrlThenNameThenTheOnlyPathEndingInTheName() {
    DownloadChecksums sums =
        DownloadChecksums.of(Map.of("http://h/x/a.bin", A, "b.bin", B, "dir/c.bin", C));

    assertThat(sums.expected("http://h/x/a.bin", "a.bin")).isEqualTo(A);
    assertThat(sums.expected("http://h/y/b.bin", "b.bin")).isEqualTo(B);
    assertThat(sums.expected("http://h/z/c.bin", "c.bin")).isEqualTo(C);
    assertThat(sums.expected("http://h/z/d.bin", "d.bin")).isNull();
  }

  @Test
  void aNameThatEndsTwoPathsFindsNoHash() {
    DownloadChecksums sums = DownloadChecksums.of(Map.of("x/c.bin", A, "y/c.bin", B));

    assertThat(sums.expected("http://h/z/c.bin", "c.bin")).isNull();
    assertThat(sums.expected("http://h/x/c.bin", "x/c.bin")).isEqualTo(A);
  }

  @Test
  void tellsAHashAUrlAndAPathApart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SHA256SUMS");
    Files.writeString(file, A + "  a.bin\n");

    assertThat(DownloadChecksums.of(A).isSingle()).isTrue();
    assertThat(DownloadChecksums.of("http://127.0.0.1:1/SHA256SUMS").sumsUrl()).isNotNull();
    assertThat(DownloadChecksums.of(file.toString()).expected("u", "a.bin")).isEqualTo(A);
    assertThat(DownloadChecksums.of(null).expected("u", "a.bin")).isNull();
  }

  @Test
  void refusesAHashThatIsNot64HexDigits() {
    assertThatThrownBy(() -> DownloadChecksums.of("abc123"))
        .isInstanceOf(DownloadError.class)
        .hasMessage("download: sha256: 'abc123' is not 64 hex digits");
  }

  @Test
  void saysWhenTheSumsCannotBeRead(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("SHA256SUMS");
    assertThatThrownBy(() -> DownloadChecksums.of(missing))
        .hasMessage("download: " + missing + ": cannot read the sha256 sums: no such file");
    Files.writeString(missing, "nothing here\n");
    assertThatThrownBy(() -> DownloadChecksums.of(missing))
        .hasMessage(
            "download: "
                + missing
                + ": cannot read the sha256 sums: no line of the form 'hex  name'");
  }
}
