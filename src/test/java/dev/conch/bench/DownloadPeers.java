package dev.conch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tools users know that the download bench runs beside Conch: {@code curl --parallel
 * --parallel-max 8} and {@code aria2c -j8 -x8 -s8 -k1M}, found on the PATH or installed with {@code
 * apt-get}, their command lines, and one run of such a command (killed past its limit, its exit
 * code checked). Each is started without its user config ({@code curl -q}, {@code aria2c
 * --no-conf}) and without proxy variables, so that its requests go straight to 127.0.0.1.
 *
 * <p>Thread model: stateless; the calling thread waits for each child.
 */
final class DownloadPeers {
  private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
  private static final Duration VERSION_LIMIT = Duration.ofSeconds(10);
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?");
  private static final List<String> PROXIES =
      List.of("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY");

  private DownloadPeers() {}

  /**
   * {@code program} on the PATH; else, as root, after {@code apt-get install -y PACKAGE} (and an
   * {@code apt-get update} when that fails); else empty, with a note saying why.
   */
  static Optional<Path> find(String program, String pkg, Report report)
      throws InterruptedException {
    Optional<Path> found = Tools.onPath(program);
    if (found.isPresent()) {
      report.note(program + ": " + found.get() + ", version " + version(found.get()));
      return found;
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      report.note(program + ": skipped: not installed, and only root may apt-get install " + pkg);
      return Optional.empty();
    }
    report.progress("download: installing " + pkg + " (apt-get install -y " + pkg + ") …");
    String said = install(List.of("apt-get", "install", "-y", pkg));
    if (Tools.onPath(program).isEmpty()) {
      said =
          install(List.of("apt-get", "update")) + install(List.of("apt-get", "install", "-y", pkg));
    }
    found = Tools.onPath(program);
    if (found.isPresent()) {
      report.note(
          program
              + ": "
              + found.get()
              + ", version "
              + version(found.get())
              + ", installed for this run with apt-get install -y "
              + pkg);
    } else {
      String last = said.strip().lines().reduce((a, b) -> b).orElse("");
      report.note(program + ": skipped: apt-get install -y " + pkg + " failed: " + last);
    }
    return found;
  }

  /** The first version number that {@code program --version} prints, or {@code unknown}. */
  private static String version(Path program) throws InterruptedException {
    try {
      String said = Capture.run(List.of(program.toString(), "--version"), Map.of(), VERSION_LIMIT);
      return firstVersion(said);
    } catch (ProbeException e) {
      return "unknown";
    }
  }

  /** {@code 7.88.1} in {@code curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 …}. */
  static String firstVersion(String text) {
    Matcher m = VERSION.matcher(text);
    return m.find() ? m.group() : "unknown";
  }

  private static String install(List<String> command) throws InterruptedException {
    try {
      return Capture.run(command, Map.of("DEBIAN_FRONTEND", "noninteractive"), INSTALL_LIMIT);
    } catch (ProbeException e) {
      return e.getMessage();
    }
  }

  /** {@code curl -q --parallel --parallel-max 8 --no-progress-meter -o DIR/NAME URL …}. */
  static List<String> curl(Path curl, String base, List<String> names, Path dir) {
    List<String> command =
        new ArrayList<>(
            List.of(
                curl.toString(), "-q", "--parallel", "--parallel-max", "8", "--no-progress-meter"));
    for (String name : names) {
      command.addAll(List.of("-o", dir.resolve(name).toString(), base + name));
    }
    return command;
  }

  /**
   * {@code aria2c --no-conf -j8 -x8 -s8 -k1M --file-allocation=none --allow-overwrite=true
   * --auto-file-renaming=false -q -d DIR -i LIST}, LIST holding one URL a line.
   */
  static List<String> aria2(Path aria2c, Path list, Path dir) {
    return List.of(
        aria2c.toString(),
        "--no-conf",
        "-j8",
        "-x8",
        "-s8",
        "-k1M",
        "--file-allocation=none",
        "--allow-overwrite=true",
        "--auto-file-renaming=false",
        "-q",
        "-d",
        dir.toString(),
        "-i",
        list.toString());
  }

  /** The text of aria2's input list: one URL a line. */
  static String urlList(String base, List<String> names) {
    StringBuilder text = new StringBuilder();
    names.forEach(name -> text.append(base).append(name).append('\n'));
    return text.toString();
  }

  /**
   * Runs {@code command} to its end, stdin closed, output to {@code log}.
   *
   * @throws IllegalStateException when it exits with another code than 0 or outlives {@code limit}
   *     (it is then killed)
   */
  static void run(List<String> command, Path log, Duration limit)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    PROXIES.forEach(builder.environment()::remove);
    builder.environment().put("no_proxy", "127.0.0.1");
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(command.get(0) + ": still running after " + limit);
    }
    if (process.exitValue() != 0) {
      String said = Files.readString(log, StandardCharsets.UTF_8).strip();
      String last = said.lines().reduce((a, b) -> b).orElse("");
      throw new IllegalStateException(
          command.get(0) + ": exit code " + process.exitValue() + ": " + last);
    }
  }
}
