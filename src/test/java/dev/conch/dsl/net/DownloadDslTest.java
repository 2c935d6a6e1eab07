package dev.conch.dsl.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.fixtures.DslFixture;
import dev.conch.net.download.DownloadResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code download} as a learner types it, against servers on loopback: what it prints when a hash
 * is wrong or a server ignores Range (Python's own {@code http.server}), and that nothing
 * unverified is ever left under a file's final name.
 */
@Timeout(60)
class DownloadDslTest extends DslFixture {
  @TempDir Path site;
  @TempDir Path got;

  private String file(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    Files.write(site.resolve(name), bytes);
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aWrongSha256IsAnErrorNamingTheFileAndNothingIsLeftUnderItsName() throws Exception {
    file("a.bin", 100_000);
    DownloadResult r =
        (DownloadResult)
            value(
                "s = serve('"
                    + site
                    + "'); download(s.url + 'a.bin', to: '"
                    + got
                    + "', sha256: '"
                    + "0".repeat(64)
                    + "')");

    assertThat(r.getFailed()).hasSize(1);
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "download: " + got.resolve("a.bin") + ": sha256 mismatch: expected 0000"));
    assertThat(got.resolve("a.bin")).doesNotExist();
    assertThat(got.resolve("a.bin.part")).doesNotExist();
  }

  @Test
  void aServerThatIgnoresRangeMakesItStartAgainAndSaySo() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is not installed");
    String sha = file("b.bin", 300_000);
    byte[] half = java.util.Arrays.copyOf(Files.readAllBytes(site.resolve("b.bin")), 100_000);
    Files.write(got.resolve("b.bin.part"), half);
    int port = freePort();
    java.lang.Process python =
        new ProcessBuilder(
                "/usr/bin/python3",
                "-m",
                "http.server",
                "--bind",
                "127.0.0.1",
                String.valueOf(port))
            .directory(site.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      awaitListening(port);
      DownloadResult r =
          (DownloadResult)
              value(
                  "download('http://127.0.0.1:"
                      + port
                      + "/b.bin', to: '"
                      + got
                      + "', sha256: '"
                      + sha
                      + "', quiet: true)");

      assertThat(lines).containsExactly("b.bin: the server ignored Range: started again");
      assertThat(r.getFiles().get(0).restartedFromZero()).isTrue();
      assertThat(r.getFiles().get(0).isVerified()).isTrue();
      assertThat(Files.size(got.resolve("b.bin"))).isEqualTo(300_000);
    } finally {
      python.destroy();
      python.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theSummarySaysWhatOneAtATimeWouldTakeOnlyForMoreThanOneFile() throws Exception {
    file("a.bin", 10_000);
    file("b.bin", 20_000);
    value("s = serve('" + site + "'); download(s.url + 'a.bin', to: '" + got + "')");
    String one = lines.getLast();
    value("download(['a.bin', 'b.bin'].collect { s.url + it }, to: '" + got + "/two')");
    String two = lines.getLast();

    assertThat(one).startsWith("1 of 1 files (9.8 KiB) in ").doesNotContain("one at a time");
    assertThat(two).startsWith("2 of 2 files (29.3 KiB) in ").contains("; one at a time ≈ ");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Waits (bounded) until something accepts connections on {@code port} of 127.0.0.1. */
  private static void awaitListening(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        TimeUnit.MILLISECONDS.sleep(20); // polling a process that is starting, not synchronising
      }
    }
    throw new AssertionError("python3 -m http.server did not listen on " + port + " within 20 s");
  }
}
