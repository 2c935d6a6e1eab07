package dev.conch.net.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A database server the tests started, in a folder of its own: waited for until a login works,
 * stopped (SIGTERM, then SIGKILL) and its folder deleted on {@link #close()}, or from a shutdown
 * hook when the JVM exits first. Confined to the test class that starts it.
 */
final class ServerProcess implements AutoCloseable {
  static final Duration START = Duration.ofSeconds(40);

  private final Path dir;
  private final Process process;
  private final Thread hook;

  private ServerProcess(Path dir, Process process) {
    this.dir = dir;
    this.process = process;
    this.hook = new Thread(process::destroyForcibly, "test-server-stopper");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts {@code command}, its output going to {@code server.log} in {@code dir}. */
  static ServerProcess start(Path dir, List<String> command) throws IOException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    return new ServerProcess(dir, process);
  }

  /** Runs {@code command} to its end, a bounded time, failing with its output. */
  static void run(Path log, List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new IllegalStateException(command.getFirst() + " took too long; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed: " + Files.readString(log));
    }
  }

  /** A port nobody listens on right now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits, a bounded time, until {@code user} can log in at {@code url}. */
  void awaitLogin(String url, String user, String password) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    SQLException last = null;
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped: " + log());
      }
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        return;
      } catch (SQLException e) {
        last = e; // not listening yet, or still running its init
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the server is not ready after " + START + ": " + log(), last);
  }

  private String log() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("server.log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  @Override
  public void close() throws Exception {
    process.destroy(); // SIGTERM: a clean shutdown
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already exiting
    }
    deleteTree(dir);
  }

  static void deleteTree(Path root) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
