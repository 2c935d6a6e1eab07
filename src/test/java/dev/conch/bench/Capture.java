package dev.conch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short helper command to its end and returns what it printed, stdout and stderr merged. The
 * output goes to a temporary file, so no reader thread is needed and a chatty child never blocks on
 * a full pipe.
 *
 * <p>Thread model: stateless; the calling thread waits for the child.
 */
final class Capture {
  private Capture() {}

  /** Runs {@code command} with stdin closed and {@code env} added; kills it after {@code limit}. */
  static String run(List<String> command, Map<String, String> env, Duration limit)
      throws ProbeException, InterruptedException {
    String shown = String.join(" ", command);
    Path log = null;
    try {
      log = Files.createTempFile("conch-bench-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        throw new ProbeException(shown + ": still running after " + limit.toSeconds() + " s");
      }
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProbeException(shown + ": " + e.getMessage());
    } finally {
      deleteQuietly(log);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file left in /tmp is harmless.
    }
  }
}
