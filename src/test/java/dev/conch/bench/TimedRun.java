package dev.conch.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Times a {@link Probe}: starts the child, waits for its marker, lets it exit, and never leaves it
 * or its reader threads behind.
 *
 * <p>Thread model: called on one thread; each run starts two reader threads and joins them before
 * returning or throwing. Waits block (a future with a timeout, {@link Process#waitFor}); nothing
 * polls.
 */
final class TimedRun {
  /** The longest wait for a marker. */
  static final Duration MARKER_TIMEOUT = Duration.ofSeconds(30);

  /** The longest wait for an exit after the marker, and for the streams' end after that. */
  static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);

  private TimedRun() {}

  /** Runs {@code probe} {@code warmups} times untimed, then {@code runs} times; the timings. */
  static List<Timing> repeat(Probe probe, int warmups, int runs)
      throws ProbeException, InterruptedException {
    for (int i = 1; i <= warmups; i++) {
      once(probe, "warm-up " + i);
    }
    List<Timing> timings = new ArrayList<>();
    for (int i = 1; i <= runs; i++) {
      timings.add(once(probe, "run " + i));
    }
    return timings;
  }

  /** Runs {@code probe} once; {@code label} names the run in thread names and messages. */
  static Timing once(Probe probe, String label) throws ProbeException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(probe.command());
    builder.environment().putAll(probe.env());
    long start = System.nanoTime();
    Process process = start(builder, probe);
    String threads = "bench " + probe.name() + " " + label;
    boolean onStdout = probe.output() == Probe.Output.STDOUT;
    StreamWatcher out =
        StreamWatcher.start(
            threads + " stdout", process.getInputStream(), onStdout ? probe.marker() : null);
    StreamWatcher err =
        StreamWatcher.start(
            threads + " stderr", process.getErrorStream(), onStdout ? null : probe.marker());
    Outcome outcome;
    try {
      outcome = await(process, probe, onStdout ? out : err);
    } finally {
      stop(process);
    }
    boolean ended = out.join(EXIT_TIMEOUT) & err.join(EXIT_TIMEOUT);
    String problem = outcome.problem();
    if (problem == null && !ended) {
      problem = "its output streams stayed open after it exited";
    }
    if (problem != null) {
      throw new ProbeException(describe(probe, label, problem, process, err.text()));
    }
    return new Timing(
        Duration.ofNanos(outcome.seenAt() - start), Duration.ofNanos(outcome.exitedAt() - start));
  }

  /** When the marker was seen and the child exited ({@code nanoTime}), or what went wrong. */
  private record Outcome(long seenAt, long exitedAt, String problem) {
    static Outcome failed(String problem) {
      return new Outcome(-1, -1, problem);
    }
  }

  /** Feeds the child, waits for the marker on {@code watched}, then for the child's exit. */
  private static Outcome await(Process process, Probe probe, StreamWatcher watched)
      throws InterruptedException {
    send(process, probe.input(), probe.quit() == null);
    OptionalLong seen;
    try {
      seen = watched.awaitMarker(MARKER_TIMEOUT);
    } catch (TimeoutException e) {
      return Outcome.failed(
          "printed no "
              + probe.marker().describe()
              + " within "
              + MARKER_TIMEOUT.toSeconds()
              + " s");
    }
    if (seen.isEmpty()) {
      return Outcome.failed("ended without printing " + probe.marker().describe());
    }
    if (probe.quit() != null) {
      send(process, probe.quit(), true);
    }
    if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
      return Outcome.failed("did not exit within " + EXIT_TIMEOUT.toSeconds() + " s of its marker");
    }
    return new Outcome(seen.getAsLong(), System.nanoTime(), null);
  }

  private static Process start(ProcessBuilder builder, Probe probe) throws ProbeException {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new ProbeException(probe.name() + ": cannot start: " + e.getMessage());
    }
  }

  /** Writes {@code text} to the child's stdin, then closes it if asked. */
  private static void send(Process process, String text, boolean close) {
    OutputStream stdin = process.getOutputStream();
    try {
      stdin.write(text.getBytes(StandardCharsets.UTF_8));
      stdin.flush();
      if (close) {
        stdin.close();
      }
    } catch (IOException e) {
      // The child has gone or closed its stdin; its exit status and stderr tell why.
    }
  }

  /** Kills the child and its descendants if still alive, and waits for its end. */
  private static void stop(Process process) throws InterruptedException {
    if (process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Closing a pipe to a dead process: nothing left to release.
    }
  }

  private static String describe(
      Probe probe, String label, String problem, Process process, String stderr) {
    String status = process.isAlive() ? "still running" : "exit " + process.exitValue();
    String last = stderr.strip().lines().reduce((a, b) -> b).orElse("");
    return probe.name()
        + ": "
        + label
        + " "
        + problem
        + " ("
        + status
        + (last.isEmpty() ? "" : "; last stderr line: " + last)
        + ")";
  }
}
