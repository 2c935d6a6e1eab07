package dev.conch.net.icmp;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway network namespace for one test ({@code ip netns add conch-icmp-test-PID-N}): it holds
 * only lo, up or down, so nothing sent inside leaves the machine, and its own {@code
 * net.ipv4.ping_group_range}, so the host's stays as it is. Runs {@link IcmpEchoMain} inside, as
 * root or as nobody; {@link #close} removes it. Needs root and iproute2; a test without them is
 * skipped. Confined to the test's thread; every command it starts is waited for or killed.
 */
final class NetworkNamespace implements AutoCloseable {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final Duration COMMAND_LIMIT = Duration.ofSeconds(20);
  private static final List<String> AS_NOBODY =
      List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");

  private final String name;

  private NetworkNamespace(String name) {
    this.name = name;
  }

  /** A new namespace with lo up or down and the given ping_group_range ("low high"). */
  static NetworkNamespace create(boolean loopbackUp, String pingGroupRange) {
    String name =
        "conch-icmp-test-" + ProcessHandle.current().pid() + "-" + COUNT.incrementAndGet();
    Result added;
    try {
      added = run(List.of("ip", "netns", "add", name));
    } catch (UncheckedIOException e) {
      return abort("cannot run ip netns: " + e.getCause().getMessage());
    }
    if (added.exitCode() != 0) {
      return abort("cannot make a network namespace: " + added.output().strip());
    }
    NetworkNamespace namespace = new NetworkNamespace(name);
    try {
      if (loopbackUp) {
        namespace.execOrFail(List.of("ip", "link", "set", "lo", "up"));
      }
      namespace.execOrFail(
          List.of("sysctl", "-q", "-w", "net.ipv4.ping_group_range=" + pingGroupRange));
      return namespace;
    } catch (RuntimeException | Error e) {
      namespace.close();
      throw e;
    }
  }

  /** IcmpEchoMain's output lines, run as user and group nobody (65534) with no other groups. */
  List<String> runAsNobody(String... args) {
    return echoMain(AS_NOBODY, args);
  }

  /** IcmpEchoMain's output lines, run as root. */
  List<String> runAsRoot(String... args) {
    return echoMain(List.of(), args);
  }

  private List<String> echoMain(List<String> prefix, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "--enable-native-access=ALL-UNNAMED",
            "-XX:-UsePerfData",
            "-cp",
            classPath(),
            IcmpEchoMain.class.getName()));
    command.addAll(List.of(args));
    return execOrFail(command).output().lines().toList();
  }

  private Result execOrFail(List<String> command) {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", name));
    full.addAll(command);
    Result result = run(full);
    if (result.exitCode() != 0) {
      throw new AssertionError(full + " exited " + result.exitCode() + ": " + result.output());
    }
    return result;
  }

  /** Removes the namespace. */
  @Override
  public void close() {
    Result deleted = run(List.of("ip", "netns", "delete", name));
    if (deleted.exitCode() != 0) {
      throw new AssertionError("ip netns delete " + name + ": " + deleted.output());
    }
  }

  /** The main and test class folders, where IcmpSocket and IcmpEchoMain were loaded from. */
  private static String classPath() {
    return folderOf(IcmpSocket.class) + File.pathSeparator + folderOf(IcmpEchoMain.class);
  }

  private static String folderOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Result(int exitCode, String output) {}

  /** Runs a command to its end (stdout and stderr together), killing it past COMMAND_LIMIT. */
  private static Result run(List<String> command) {
    Path output = null;
    try {
      output = Files.createTempFile("conch-icmp-", ".out");
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!process.waitFor(COMMAND_LIMIT)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(command + " did not finish within " + COMMAND_LIMIT);
      }
      return new Result(process.exitValue(), Files.readString(output));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    } finally {
      delete(output);
    }
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
