package dev.conch.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Conch run inside the classroom network, for tests that sweep it: {@code java … dev.conch.Main -e
 * CODE} in the lab's namespace, as root or as another user. The other user cannot read root's Maven
 * repository, so Conch's classes and libraries are copied once per JVM to a folder anyone may read.
 * Thread-safe.
 */
public final class LabConch {
  private static Path copied; // guarded by LabConch.class

  private LabConch() {}

  /** Runs {@code code} with {@code ./shell -e} inside the lab, as {@code user} (null: root). */
  public static Lab.Result run(String user, Duration timeout, String code)
      throws IOException, InterruptedException {
    return shell(user, timeout, List.of("-e", code));
  }

  /**
   * Runs {@code ./shell --no-color ARGS} inside the lab, as {@code user} (null: root): a script
   * with its arguments, or {@code -e CODE}.
   */
  public static Lab.Result shell(String user, Duration timeout, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-Xshare:auto", "-cp"));
    command.add(classPath());
    command.addAll(List.of("dev.conch.Main", "--no-color"));
    command.addAll(args);
    return user == null ? Lab.run(timeout, command) : Lab.runAs(user, timeout, command);
  }

  /** Conch's classes and its libraries, in a folder every user may read. */
  private static synchronized String classPath() throws IOException {
    if (copied == null) {
      Path dir = Files.createTempDirectory("conch-lab-cp");
      copyTree(Path.of("target/classes"), dir.resolve("classes"));
      for (String jar : Files.readString(Path.of("target/test-classpath.txt")).strip().split(":")) {
        Path from = Path.of(jar);
        if (jar.endsWith(".jar") && Files.isRegularFile(from)) {
          copy(from, dir.resolve(from.getFileName()));
        }
      }
      readableByAll(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "lab-classpath-cleanup"));
      copied = dir;
    }
    List<String> entries = new ArrayList<>(List.of(copied.resolve("classes").toString()));
    try (Stream<Path> jars = Files.list(copied)) {
      jars.filter(p -> p.toString().endsWith(".jar"))
          .sorted()
          .forEach(p -> entries.add(p.toString()));
    }
    return String.join(":", entries);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          copy(p, target);
        }
      }
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("lab: could not remove " + dir + ": " + e.getMessage());
    }
  }

  private static void readableByAll(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }
}
