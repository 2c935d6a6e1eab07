package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.serve.FileServer;
import dev.conch.net.serve.ServeOptions;
import dev.conch.net.serve.ServeRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code download} through the real launcher, as a learner meets it: the shell killed with {@code
 * kill -9} in the middle of a 512 MiB file leaves only the {@code .part}, and the same call again
 * asks for the rest ({@code Range: bytes=N-}, seen in the server's log) and ends with the right
 * sha256; Ctrl-C in a real terminal gives the prompt back within a second. The server runs in this
 * JVM, on loopback, with each connection held to 128 MiB/s so the file takes seconds.
 */
class DownloadIT {
  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final long SIZE = 512L << 20;
  private static final long RATE = 128L << 20;

  @TempDir static Path site;
  private static FileServer server;
  private static String sha256;

  @BeforeAll
  static void serveABigFile() throws Exception {
    sha256 = write(site.resolve("big.bin"), SIZE);
    server =
        FileServer.start(site, ServeOptions.DEFAULTS.withBytesPerSecond(RATE).withLatencyMillis(0));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /** Writes {@code size} bytes of seeded noise to {@code file} and gives their sha256. */
  private static String write(Path file, long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(512);
    byte[] block = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long done = 0; done < size; done += block.length) {
        for (int i = 0; i < block.length; i += 8) {
          long v = random.nextLong();
          for (int b = 0; b < 8; b++) {
            block[i + b] = (byte) (v >>> (8 * b));
          }
        }
        out.write(block);
        digest.update(block);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String call(Path to) {
    return "download('"
        + server.url()
        + "big.bin', to: '"
        + to
        + "', sha256: '"
        + sha256
        + "', quiet: true).files[0].outcome";
  }

  private static Process shell(String code) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(HOME.resolve("shell").toString(), "-e", code)
            .directory(HOME.toFile())
            .redirectErrorStream(true);
    builder.environment().put("NO_COLOR", "1");
    return builder.start();
  }

  @Test
  @Timeout(180)
  void killedMidFileTheNextRunAsksForTheRestAndTheHashMatches(@TempDir Path to) throws Exception {
    Path part = to.resolve("big.bin.part");
    Process first = shell(call(to));
    first.getOutputStream().close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (size(part) < (64L << 20) && first.isAlive() && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
    assertThat(first.isAlive()).as("the download still running at 64 MiB").isTrue();
    first.toHandle().destroyForcibly(); // SIGKILL: the launcher exec'd java, so this is the JVM
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long kept = size(part);

    assertThat(to.resolve("big.bin")).doesNotExist();
    assertThat(kept).isBetween(64L << 20, SIZE - 1);

    int before = server.log().size();
    Process second = shell("println " + call(to));
    second.getOutputStream().close();
    String printed = new String(second.getInputStream().readAllBytes());
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(printed.strip()).isEqualTo("resumed");
    List<ServeRequest> resumed = server.log().subList(before, server.log().size());
    assertThat(resumed)
        .anySatisfy(
            r -> {
              assertThat(r.status()).isEqualTo(206);
              assertThat(r.range()).matches("bytes=[0-9]+-");
              assertThat(Long.parseLong(r.range().replaceAll("[^0-9]", ""))).isPositive();
            });
    assertThat(part).doesNotExist();
    assertThat(hash(to.resolve("big.bin"))).isEqualTo(sha256);
  }

  @Test
  @Timeout(120)
  void ctrlCGivesThePromptBackWithinASecond(@TempDir Path to) throws Exception {
    try (Tmux tmux = Tmux.start("NO_COLOR=1 ./shell; sleep 60", HOME)) {
      tmux.await(
          "the prompt",
          Duration.ofSeconds(60),
          s -> s.lines().anyMatch(l -> l.startsWith("conch>")));
      tmux.type("r = download('" + server.url() + "big.bin', to: '" + to + "')");
      tmux.send("Enter");
      tmux.await(
          "the download's progress on the status line",
          Duration.ofSeconds(30),
          s -> s.matches("(?s).*download: 0 of 1 files, [1-9][0-9.]* MiB.*"));
      long pressed = System.nanoTime();
      tmux.send("C-c");
      String screen =
          tmux.await(
              "the prompt back",
              Duration.ofSeconds(5),
              s -> s.contains("the .part files are kept"));
      assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isLessThan(Duration.ofSeconds(1));
      assertThat(screen).contains("stopped, .part kept");
    }
    assertThat(to.resolve("big.bin.part")).exists();
    assertThat(to.resolve("big.bin")).doesNotExist();
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  private static String hash(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 20];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
