package dev.conch.net.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * A real MariaDB server for tests, in a folder of its own: {@code mariadb-install-db} makes the
 * data directory, {@code mariadbd --no-defaults} serves it on 127.0.0.1 at a free port, and an init
 * file creates database {@value #DATABASE} and user {@value #USER} with a password (the grant
 * tables are on, so a wrong password is refused). {@link #close()} stops it (SIGTERM, then SIGKILL)
 * and deletes the folder; a JVM that exits first stops it from a shutdown hook. Confined to the
 * test class that starts it.
 */
final class MariaDbServer implements AutoCloseable {
  static final String DATABASE = "conch";
  static final String USER = "conch";
  static final String PASSWORD = "s3cret-Pw";

  private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
  private static final Duration START = Duration.ofSeconds(40);

  private final Path dir;
  private final int port;
  private final Process process;
  private final Thread hook;

  private MariaDbServer(Path dir, int port, Process process) {
    this.dir = dir;
    this.port = port;
    this.process = process;
    this.hook = new Thread(process::destroyForcibly, "mariadb-test-stopper");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Why the server cannot be had here, or null when it can. */
  static String missing() {
    if (!Files.isExecutable(SERVER)) {
      return SERVER + " not found: apt-get install mariadb-server";
    }
    if (installer() == null) {
      return "mariadb-install-db not found: apt-get install mariadb-server";
    }
    return null;
  }

  private static Path installer() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path candidate = Path.of(dir, "mariadb-install-db");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Installs and starts a server under a new folder in {@code parent}. */
  static MariaDbServer start(Path parent) throws Exception {
    Path dir = Files.createTempDirectory(parent, "mdb");
    Path data = dir.resolve("data");
    run(
        dir.resolve("install.log"),
        installer().toString(),
        "--no-defaults",
        "--datadir=" + data,
        "--auth-root-authentication-method=normal",
        "--skip-test-db",
        "--user=" + System.getProperty("user.name"));
    Path init = dir.resolve("init.sql");
    Files.writeString(
        init,
        String.join(
            "\n",
            "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4;",
            "CREATE USER IF NOT EXISTS '"
                + USER
                + "'@'127.0.0.1' IDENTIFIED BY '"
                + PASSWORD
                + "';",
            "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';",
            ""));
    int port = freePort();
    Process process =
        new ProcessBuilder(serverCommand(dir, data, init, port))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    MariaDbServer server = new MariaDbServer(dir, port, process);
    try {
      server.awaitReady();
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  private static List<String> serverCommand(Path dir, Path data, Path init, int port) {
    return List.of(
        SERVER.toString(),
        "--no-defaults",
        "--datadir=" + data,
        "--socket=" + dir.resolve("sock"),
        "--pid-file=" + dir.resolve("pid"),
        "--port=" + port,
        "--bind-address=127.0.0.1",
        "--skip-name-resolve",
        "--init-file=" + init,
        "--character-set-server=utf8mb4",
        "--innodb-buffer-pool-size=32M",
        "--innodb-log-file-size=8M",
        "--skip-log-bin",
        "--max-connections=300",
        "--user=" + System.getProperty("user.name"));
  }

  private static void run(Path log, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new IllegalStateException(command[0] + " took too long; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(command[0] + " failed: " + Files.readString(log));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits, a bounded time, until the test user can log in. */
  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    SQLException last = null;
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("mariadbd stopped: " + log());
      }
      if (listening()) {
        try (Connection c = DriverManager.getConnection(url(), USER, PASSWORD)) {
          return;
        } catch (SQLException e) {
          last = e; // the init file may not have run yet
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("mariadbd not ready after " + START + ": " + log(), last);
  }

  private boolean listening() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String log() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("server.log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** The JDBC URL of the test database. */
  String url() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  int port() {
    return port;
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

  private static void deleteTree(Path root) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
