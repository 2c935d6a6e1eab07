package dev.conch.bench;

import dev.conch.net.serve.FileServer;
import dev.conch.net.serve.ServeOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code serve} in a JVM of its own, so that the server's work does not share the JVM of the
 * download it answers: {@link #main} serves a folder on {@code 127.0.0.1} with a latency and a
 * rate, prints {@code serving URL}, and stops when its stdin closes; {@link #start} runs that main
 * as a child process and {@link #close} stops it.
 *
 * <p>Thread model: the parent side is confined to the benchmark's thread, apart from one named
 * reader thread ({@code serve-child-output}) that drains the child's output and is joined on close.
 */
final class ServeChild implements AutoCloseable {
  static final String READY = "serving ";
  private static final Duration START_LIMIT = Duration.ofSeconds(30);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(10);
  private static final int KEPT_LINES = 20;

  private final Process process;
  private final Thread reader;
  private final String url;

  private ServeChild(Process process, Thread reader, String url) {
    this.process = process;
    this.reader = reader;
    this.url = url;
  }

  /** The child: {@code DIR LATENCY_MILLIS BYTES_PER_SECOND}. */
  public static void main(String[] args) throws IOException {
    ServeOptions options =
        ServeOptions.DEFAULTS
            .withLatencyMillis(Integer.parseInt(args[1]))
            .withBytesPerSecond(Long.parseLong(args[2]));
    try (FileServer server = FileServer.start(Path.of(args[0]), options)) {
      System.out.println(READY + server.url());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream()); // until the parent closes it
    }
  }

  /**
   * Starts a child serving {@code dir} as {@code options} say (their host and port are ignored:
   * {@code 127.0.0.1}, a free port) and waits for its URL.
   *
   * @throws IllegalStateException when it does not print its URL within 30 s (it is then stopped)
   */
  static ServeChild start(Path dir, ServeOptions options) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ServeChild.class.getName(),
            dir.toString(),
            Integer.toString(options.latencyMillis()),
            Long.toString(options.bytesPerSecond()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    List<String> lines = new ArrayList<>(); // guarded by lines
    Thread reader =
        Thread.ofPlatform().name("serve-child-output").start(() -> drain(process, ready, lines));
    try {
      String url = ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
      if (url == null) {
        throw new IllegalStateException("serve child ended without a URL: " + kept(lines));
      }
      return new ServeChild(process, reader, url);
    } catch (TimeoutException | ExecutionException | RuntimeException e) {
      stop(process, reader);
      throw new IllegalStateException("serve child did not start: " + e + " " + kept(lines), e);
    } catch (InterruptedException e) {
      stop(process, reader);
      throw e;
    }
  }

  /** Reads the child's output to its end: completes {@code ready} with the URL, keeps the rest. */
  private static void drain(Process process, CompletableFuture<String> ready, List<String> lines) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith(READY) && !ready.isDone()) {
          ready.complete(line.substring(READY.length()).strip());
        }
        synchronized (lines) {
          if (lines.size() < KEPT_LINES) {
            lines.add(line);
          }
        }
      }
    } catch (IOException e) {
      // the child was killed: its output ended
    } finally {
      ready.complete(null);
    }
  }

  private static String kept(List<String> lines) {
    synchronized (lines) {
      return String.join(" | ", lines);
    }
  }

  /** Where it serves: {@code http://127.0.0.1:PORT/}. */
  String url() {
    return url;
  }

  /** The child's process id. */
  long pid() {
    return process.pid();
  }

  /** Closes the child's stdin, which stops its server; kills it if it has not ended in 10 s. */
  @Override
  public void close() throws InterruptedException {
    stop(process, reader);
  }

  private static void stop(Process process, Thread reader) throws InterruptedException {
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // already closed: the child is ending anyway
    }
    if (!process.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
    reader.join(STOP_LIMIT.toMillis());
  }
}
