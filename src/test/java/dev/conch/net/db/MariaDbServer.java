package dev.conch.net.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real MariaDB server for tests: {@code mariadb-install-db} makes a data directory in a folder of
 * its own, {@code mariadbd --no-defaults} serves it on 127.0.0.1 at a free port, and an init file
 * creates database {@value #DATABASE} and user {@value #USER} with a password (the grant tables are
 * on, so a wrong password is refused). Closing it stops it and deletes the folder. Confined to the
 * test class that starts it.
 */
final class MariaDbServer implements AutoCloseable {
  static final String DATABASE = "conch";
  static final String USER = "conch";
  static final String PASSWORD = "s3cret-Pw";

  private static final Path SERVER = Path.of("/usr/sbin/mariadbd");

  private final int port;
  private final ServerProcess process;

  private MariaDbServer(int port, ServerProcess process) {
    this.port = port;
    this.process = process;
  }

  /** Why the server cannot be had here, or null when it can. */
  static String missing() {
    if (!Files.isExecutable(SERVER) || installer() == null) {
      return "mariadbd or mariadb-install-db not found: apt-get install mariadb-server";
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
    String user = "--user=" + System.getProperty("user.name");
    ServerProcess.run(
        dir.resolve("install.log"),
        List.of(
            installer().toString(),
            "--no-defaults",
            "--datadir=" + data,
            "--auth-root-authentication-method=normal",
            "--skip-test-db",
            user));
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
    int port = ServerProcess.freePort();
    ServerProcess process =
        ServerProcess.start(
            dir,
            List.of(
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
                user));
    MariaDbServer server = new MariaDbServer(port, process);
    try {
      process.awaitLogin(server.url(), USER, PASSWORD);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
    return server;
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
    process.close();
  }
}
