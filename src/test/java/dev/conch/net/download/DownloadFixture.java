package dev.conch.net.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@link RangeServer} on loopback, an HTTP client and an empty target directory per test; options
 * with short waits, so a retry costs milliseconds.
 */
abstract class DownloadFixture {
  /** Retries after 1 ms, 2 ms, 4 ms; a 5 s timeout. */
  static final DownloadOptions QUICK =
      DownloadOptions.DEFAULTS.withRetries(3, 1).withTimeout(5_000);

  @TempDir Path dir;
  RangeServer server;
  DownloadClient client;

  @BeforeEach
  void startServer() throws IOException {
    server = RangeServer.start();
    client = new DownloadClient();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  /** {@code n} bytes that are the same on every run for one {@code seed}. */
  static byte[] bytes(long seed, int n) {
    byte[] data = new byte[n];
    new Random(seed).nextBytes(data);
    return data;
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Serves {@code data} at {@code path}; returns its sha256. */
  String serve(String path, byte[] data) {
    server.put(path, data);
    return sha256(data);
  }

  DownloadResult download(Object urls, DownloadOptions options) {
    return Download.plan(urls, dir, options).run(System::nanoTime, client);
  }

  DownloadResult download(String path, DownloadOptions options) {
    return download(List.of(server.url(path).toString()), options);
  }

  /** Names of everything in the target directory, sorted. */
  List<String> listing() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
