package dev.conch.net.redis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real {@code redis-server} (Debian's package) for the tests: on a free loopback port, with a
 * temporary folder and no persistence, stopped (and its folder removed) by {@link #close()}. Tests
 * are skipped with a reason where the package is missing; CI installs it.
 */
public final class RedisServer implements AutoCloseable {
  private static final Path BINARY = Path.of("/usr/bin/redis-server");
  private static final Duration START = Duration.ofSeconds(15);

  private final int port;
  private final Path dir;
  private Process process;

  private RedisServer(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts a server on a free loopback port and waits until it answers. */
  public static RedisServer start() throws IOException {
    assumeTrue(
        Files.isExecutable(BINARY), "redis-server is not installed (apt-get install redis-server)");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    RedisServer server = new RedisServer(port, Files.createTempDirectory("conch-redis"));
    server.startAgain();
    return server;
  }

  /** Starts the server again on its port (after {@link #stop()}), waiting until it answers. */
  public void startAgain() throws IOException {
    process =
        new ProcessBuilder(
                List.of(
                    BINARY.toString(),
                    "--port",
                    String.valueOf(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    dir.toString(),
                    "--protected-mode",
                    "yes"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    long deadline = System.nanoTime() + START.toNanos();
    for (long pause = 1; !answers(); pause = Math.min(pause * 2, 100)) {
      if (System.nanoTime() - deadline > 0 || !process.isAlive()) {
        throw new IOException(
            "redis-server did not start: " + Files.readString(dir.resolve("server.log")));
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
    }
  }

  private boolean answers() {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.getOutputStream().write("PING\r\n".getBytes());
      byte[] reply = new byte[7];
      return s.getInputStream().read(reply) > 0 && new String(reply).startsWith("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  /** The URL of database {@code db}. */
  public String url(int db) {
    return "redis://127.0.0.1:" + port + "/" + db;
  }

  public int port() {
    return port;
  }

  /** Stops the server, as a crash or a restart would. */
  public void stop() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws Exception {
    stop();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(dir);
  }
}
