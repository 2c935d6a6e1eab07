package dev.conch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A real terminal for launcher tests: a detached tmux session driven with send-keys and read with
 * capture-pane. Waiting means polling the screen for a condition with a deadline, never a fixed
 * sleep. Confined to the test thread.
 */
final class Tmux implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(20);
  private final String name;

  private Tmux(String name) {
    this.name = name;
  }

  /** A 100×30 session running {@code command} in {@code dir}. */
  static Tmux start(String command, java.nio.file.Path dir) throws Exception {
    Tmux tmux = new Tmux("conch-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    tmux.run(
        "tmux",
        "new-session",
        "-d",
        "-s",
        tmux.name,
        "-x",
        "100",
        "-y",
        "30",
        "-c",
        dir.toString(),
        command);
    return tmux;
  }

  /** Types {@code keys} (tmux key names such as {@code Enter} or {@code C-c} are understood). */
  void send(String... keys) throws Exception {
    String[] args = new String[keys.length + 4];
    args[0] = "tmux";
    args[1] = "send-keys";
    args[2] = "-t";
    args[3] = name;
    System.arraycopy(keys, 0, args, 4, keys.length);
    run(args);
  }

  /** Types {@code text} literally, without pressing Enter. */
  void type(String text) throws Exception {
    run("tmux", "send-keys", "-t", name, "-l", text);
  }

  /** The visible screen. */
  String screen() throws Exception {
    return run("tmux", "capture-pane", "-p", "-t", name);
  }

  /** The visible screen and the history above it, oldest first. */
  String history() throws Exception {
    return run("tmux", "capture-pane", "-p", "-S", "-", "-t", name);
  }

  /** Resizes the window, as a person dragging its corner would. */
  void resize(int columns, int rows) throws Exception {
    run(
        "tmux",
        "resize-window",
        "-t",
        name,
        "-x",
        Integer.toString(columns),
        "-y",
        Integer.toString(rows));
  }

  /** Waits until the screen satisfies {@code condition}; returns that screen. */
  String await(String what, Duration timeout, Predicate<String> condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String screen = screen();
    while (!condition.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
      }
      // a poll interval, as Awaitility has: each look at the screen starts a tmux process
      LockSupport.parkNanos(POLL.toNanos());
      screen = screen();
    }
    return screen;
  }

  boolean alive() throws Exception {
    Process p =
        new ProcessBuilder("tmux", "has-session", "-t", name).redirectErrorStream(true).start();
    return p.waitFor() == 0;
  }

  private String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Override
  public void close() throws Exception {
    run("tmux", "kill-session", "-t", name);
  }
}
