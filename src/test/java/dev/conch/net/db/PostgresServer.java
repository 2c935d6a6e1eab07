package dev.conch.net.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: {@code initdb} makes a cluster in a folder of its own whose
 * superuser {@value #USER} has a password (scram-sha-256, so a wrong one is refused), and {@code
 * postgres} serves it on 127.0.0.1 at a free port. PostgreSQL will not run as root: as root, both
 * run as the {@code postgres} user through {@code setpriv}. Closing it stops it and deletes the
 * folder. Confined to the test class that starts it.
 */
final class PostgresServer implements AutoCloseable {
  static final String USER = "conch";
  static final String PASSWORD = "pg-S3cret";

  private final int port;
  private final ServerProcess process;

  private PostgresServer(int port, ServerProcess process) {
    this.port = port;
    this.process = process;
  }

  /** The directory of the newest installed PostgreSQL's programs, or null. */
  private static Path bin() {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
          .orElse(null);
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Why the server cannot be had here, or null when it can. */
  static String missing() {
    if (bin() == null) {
      return "PostgreSQL not found under /usr/lib/postgresql: apt-get install postgresql";
    }
    if (root() && !Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
      return "running as root without setpriv to run PostgreSQL as its own user";
    }
    return null;
  }

  /** Makes a cluster and starts a server under a new folder in the system's temporary folder. */
  static PostgresServer start() throws Exception {
    Path dir =
        Files.createTempDirectory(
            "conch-pg",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path pw = Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
    if (root()) {
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
      Files.setOwner(pw, users.lookupPrincipalByName("postgres"));
    }
    Path data = dir.resolve("data");
    ServerProcess.run(
        dir.resolve("initdb.log"),
        as(
            List.of(
                bin().resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                USER,
                "--pwfile=" + pw,
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync")));
    int port = ServerProcess.freePort();
    ServerProcess process =
        ServerProcess.start(
            dir,
            as(
                List.of(
                    bin().resolve("postgres").toString(),
                    "-D",
                    data.toString(),
                    "-p",
                    String.valueOf(port),
                    "-k",
                    dir.toString(),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "max_connections=200")));
    PostgresServer server = new PostgresServer(port, process);
    try {
      process.awaitLogin(server.url(), USER, PASSWORD);
    } catch (Exception | Error e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** {@code command}, run as the {@code postgres} user when this JVM is root. */
  private static List<String> as(List<String> command) {
    if (!root()) {
      return command;
    }
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  /** The JDBC URL of the cluster's {@code postgres} database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() throws Exception {
    process.close();
  }
}
