package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command lines the download benchmark runs curl and aria2c with, each without its user config,
 * and the version read from what each tool prints.
 */
class DownloadPeersTest {
  private static final String BASE = "http://127.0.0.1:8000/";

  @Test
  void curlGetsOneOutputPerUrlAndNoUserConfig() {
    assertThat(
            DownloadPeers.curl(
                Path.of("/usr/bin/curl"), BASE, List.of("a.bin", "b.bin"), Path.of("/got")))
        .containsExactly(
            "/usr/bin/curl",
            "-q",
            "--parallel",
            "--parallel-max",
            "8",
            "--no-progress-meter",
            "-o",
            "/got/a.bin",
            BASE + "a.bin",
            "-o",
            "/got/b.bin",
            BASE + "b.bin");
  }

  @Test
  void aria2ReadsItsUrlsFromAListOneALine() {
    assertThat(DownloadPeers.urlList(BASE, List.of("a.bin", "b.bin")))
        .isEqualTo(BASE + "a.bin\n" + BASE + "b.bin\n");
    assertThat(
            String.join(
                " ",
                DownloadPeers.aria2(
                    Path.of("/usr/bin/aria2c"), Path.of("/l.txt"), Path.of("/got"))))
        .isEqualTo(
            "/usr/bin/aria2c --no-conf -j8 -x8 -s8 -k1M --file-allocation=none"
                + " --allow-overwrite=true --auto-file-renaming=false -q -d /got -i /l.txt");
  }

  @Test
  void theVersionIsTheFirstNumberWithDotsThatAToolPrints() {
    assertThat(DownloadPeers.firstVersion("curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1"))
        .isEqualTo("7.88.1");
    assertThat(DownloadPeers.firstVersion("aria2 version 1.36.0\nCopyright (C) 2006"))
        .isEqualTo("1.36.0");
    assertThat(DownloadPeers.firstVersion("no number")).isEqualTo("unknown");
  }
}
