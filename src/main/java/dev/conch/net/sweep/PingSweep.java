package dev.conch.net.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tutorial's probe: the system's {@code ping -c 1}, one process per address and try. Honest
 * ICMP without privilege (Debian gives {@code ping} the capability), at the cost of starting a
 * process each time. A stopped sweep kills and reaps every ping it started. Thread-safe.
 */
final class PingSweep extends PerAddress {
  /** Processes at once unless told: starting processes is what limits this probe. */
  static final int DEFAULT_WORKERS = 64;

  private static final Pattern TIME = Pattern.compile("time[=<]([0-9.]+) ms");
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final String command;

  /** A probe running {@code command} (a path, or a name looked up on the PATH). */
  PingSweep(String command) {
    super("sweep-ping-", DEFAULT_WORKERS);
    this.command = command;
  }

  /** The system's ping on the PATH, or null when there is none. */
  static String findPing() {
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "/usr/bin:/bin" : path).split(":")) {
      Path ping = Path.of(dir.isEmpty() ? "." : dir, "ping");
      if (Files.isExecutable(ping)) {
        return ping.toString();
      }
    }
    return null;
  }

  @Override
  void one(SweepProgress progress, int index, SweepOptions options, ExecutorService threads)
      throws InterruptedException {
    InetAddress address = progress.addresses().get(index);
    long own = 0;
    for (int attempt = 0; attempt <= options.retries(); attempt++) {
      long start = System.nanoTime();
      progress.sent();
      long rtt = ping(address, options.timeoutNanos(attempt));
      long took = System.nanoTime() - start;
      if (rtt >= 0) {
        progress.done(
            index, HostResult.echoed(address, ProbeKind.PING, rtt, attempt + 1, own + took));
        return;
      }
      own += took;
    }
    progress.done(index, HostResult.silent(address, ProbeKind.PING, options.retries() + 1, own));
  }

  /** One {@code ping -c 1}: the round trip it printed, or -1 when no reply came. */
  private long ping(InetAddress address, long timeoutNanos) throws InterruptedException {
    String seconds = String.format(Locale.ROOT, "%.3f", timeoutNanos / 1e9);
    ProcessBuilder builder =
        new ProcessBuilder(command, "-n", "-c", "1", "-W", seconds, Addresses.text(address))
            .redirectErrorStream(true);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return -1;
    }
    try {
      // wait first: a pipe read is not interruptible, and ping's few lines fit in the pipe
      if (!process.waitFor(timeoutNanos + GRACE_NANOS, TimeUnit.NANOSECONDS)
          || process.exitValue() != 0) {
        return -1;
      }
      Matcher time = TIME.matcher(readAll(process.getInputStream()));
      return time.find() ? (long) (Double.parseDouble(time.group(1)) * 1e6) : 0;
    } finally {
      if (process.isAlive()) {
        process.destroyForcibly();
        reap(process);
      }
    }
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Waits for a killed ping to be gone, so none outlives the sweep, keeping any interrupt. */
  private static void reap(Process process) {
    boolean interrupted = Thread.interrupted();
    try {
      process.onExit().get(GRACE_NANOS, TimeUnit.NANOSECONDS);
    } catch (Exception e) {
      interrupted |= e instanceof InterruptedException;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
