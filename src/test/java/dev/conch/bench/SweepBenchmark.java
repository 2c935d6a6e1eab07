package dev.conch.bench;

import dev.conch.net.Lab;
import dev.conch.net.LabConch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * T18's sweep of the classroom network (a /24: 41 hosts answer ICMP, 3 only TCP, 210 do not exist)
 * beside the tools users know, all inside the lab's namespace, one try of 500 ms each and 1 ms
 * between sends: Conch's ICMP sweep in a running shell (its own {@code r.elapsed}), {@code fping -a
 * -q -r0 -t500 -i1 -g} and root {@code nmap -sn -n} with no retries (wall time of the process), and
 * the whole {@code ./shell -e} that sweeps once. The neighbour cache is flushed before every run.
 * Goal of issue 12: the sweep at most 1.2× fping's wall time, finding the same hosts.
 */
final class SweepBenchmark implements Benchmark {
  private static final int RUNS = 5;
  private static final double GOAL = 1.2;
  private static final Duration LIMIT = Duration.ofMinutes(2);
  private static final String ICMP = "probe: 'icmp', timeout: 500, retries: 0, interval: 1";

  private List<String> fpingFound = List.of(); // what fping's last run found

  @Override
  public String name() {
    return "sweep";
  }

  @Override
  public void run(Report report) throws Exception {
    Optional<String> why = Lab.unavailable();
    if (why.isPresent()) {
      report.note("skipped: the sweep bench runs in the lab, and " + why.get());
      return;
    }
    report.progress("sweep: bringing the lab up …");
    Lab.up();
    report.progress("sweep: Conch in a running shell …");
    Lab.Result conch = LabConch.shell(null, LIMIT, List.of("-e", inShell()));
    check(conch);
    Stats sweep = Stats.of(seconds(field(conch, "times")));
    List<String> found = field(conch, "alive");
    double serial = Double.parseDouble(field(conch, "serial").get(0));
    Stats fping = fping(report);
    Optional<Stats> nmap = nmap(report);
    Stats whole = wholeShell(report);
    report.note(line("fping -a -q -r0 -t500 -i1 -g, wall (baseline)", fping, fping));
    report.note(line("Conch sweep in a running shell, r.elapsed", sweep, fping));
    nmap.ifPresent(n -> report.note(line("nmap -sn -n as root (ARP), no retries, wall", n, fping)));
    report.note(line("./shell -e \"sweep(…)\" from start to exit", whole, fping));
    report.note(
        String.format(
            Locale.ROOT,
            "one address at a time (the tutorial's loop) at 500 ms: %.1f s; with ping -W1 as the"
                + " seed: about %d s",
            serial,
            254 - found.size()));
    report.note(goal(sweep, fping));
    report.note(
        String.format(
            Locale.ROOT,
            "hosts found: Conch %d, fping %d, %s",
            found.size(),
            fpingFound.size(),
            found.equals(fpingFound) ? "the same addresses" : "DIFFERENT addresses"));
    report.note(
        "median (min–max) of " + RUNS + " runs after a warm-up; all inside " + Lab.NAMESPACE);
  }

  /** Conch's own code: a warm-up sweep and {@link #RUNS} timed ones in one running shell. */
  private static String inShell() {
    return String.join(
        "\n",
        "times = []; r = null",
        (RUNS + 1) + ".times { i ->",
        "  ['" + tool("ip") + "', 'neigh', 'flush', 'all'].execute().waitFor()",
        "  r = sweep('" + Lab.NETWORK + "', " + ICMP + ", quiet: true)",
        "  if (i > 0) times << r.elapsed",
        "}",
        "println 'times: ' + times.join(' ')",
        "println 'alive: ' + r.alive.join(' ')",
        "println 'serial: ' + r.serial");
  }

  private Stats fping(Report report) throws Exception {
    String fping = tool("fping");
    List<String> command =
        List.of(fping, "-a", "-q", "-r", "0", "-t", "500", "-i", "1", "-g", Lab.NETWORK);
    report.progress("sweep: fping …");
    List<Duration> samples = new ArrayList<>();
    for (int i = 0; i <= RUNS; i++) {
      flush();
      long start = System.nanoTime();
      Lab.Result result = Lab.run(LIMIT, command);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      fpingFound = result.stdout().lines().toList();
      if (i > 0) {
        samples.add(took);
      }
    }
    return Stats.of(samples);
  }

  private static Optional<Stats> nmap(Report report) throws Exception {
    Optional<String> nmap = optionalTool("nmap");
    if (nmap.isEmpty()) {
      report.note("nmap: skipped: not installed (apt-get install -y nmap)");
      return Optional.empty();
    }
    report.progress("sweep: nmap …");
    List<String> command =
        List.of(
            nmap.get(),
            "-sn",
            "-n",
            "--max-retries",
            "0",
            "--initial-rtt-timeout",
            "500ms",
            "--max-rtt-timeout",
            "500ms",
            Lab.NETWORK);
    return Optional.of(timed(command));
  }

  private static Stats wholeShell(Report report) throws Exception {
    report.progress("sweep: ./shell -e …");
    List<String> command =
        new ArrayList<>(LauncherCommand.of(Machine.conchHome().resolve("shell")));
    command.addAll(List.of("-e", "sweep('" + Lab.NETWORK + "', " + ICMP + ", quiet: true)"));
    return timed(command);
  }

  /** The wall time of {@code command} in the lab: a warm-up, then {@link #RUNS} timed runs. */
  private static Stats timed(List<String> command) throws Exception {
    List<Duration> samples = new ArrayList<>();
    for (int i = 0; i <= RUNS; i++) {
      flush();
      long start = System.nanoTime();
      Lab.Result result = Lab.run(LIMIT, command);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      if (result.exitCode() != 0) {
        throw new IllegalStateException(command.get(0) + " failed: " + result.stderr().strip());
      }
      if (i > 0) {
        samples.add(took);
      }
    }
    return Stats.of(samples);
  }

  private static void flush() throws Exception {
    Lab.run(LIMIT, List.of(tool("ip"), "neigh", "flush", "all"));
  }

  private static void check(Lab.Result result) {
    if (result.exitCode() != 0) {
      throw new IllegalStateException("conch in the lab failed: " + result.stderr().strip());
    }
  }

  /** The words after {@code name: } on the line of Conch's output that starts with it. */
  private static List<String> field(Lab.Result result, String name) {
    return result
        .stdout()
        .lines()
        .filter(l -> l.startsWith(name + ": "))
        .findFirst()
        .map(l -> Arrays.asList(l.substring(name.length() + 2).split(" ")))
        .orElseThrow(() -> new IllegalStateException("no " + name + " in " + result.stdout()));
  }

  private static List<Duration> seconds(List<String> values) {
    return values.stream()
        .map(v -> Duration.ofNanos((long) (Double.parseDouble(v) * 1e9)))
        .toList();
  }

  static String goal(Stats sweep, Stats fping) {
    double ratio = ratio(sweep, fping);
    return String.format(
        Locale.ROOT,
        "goal: the sweep at most %.1f× fping's wall time: %.2f× (%.3f s against %.3f s): %s",
        GOAL,
        ratio,
        sweep.median().toNanos() / 1e9,
        fping.median().toNanos() / 1e9,
        ratio <= GOAL ? "met" : "NOT met");
  }

  private static double ratio(Stats stats, Stats baseline) {
    return stats.median().toNanos() / (double) baseline.median().toNanos();
  }

  private static String line(String what, Stats stats, Stats baseline) {
    return String.format(
        Locale.ROOT,
        "%-48s %.3f s (%.3f–%.3f)  %.2f× fping",
        what,
        stats.median().toNanos() / 1e9,
        stats.min().toNanos() / 1e9,
        stats.max().toNanos() / 1e9,
        ratio(stats, baseline));
  }

  private static String tool(String name) {
    return optionalTool(name)
        .orElseThrow(
            () ->
                new IllegalStateException(name + " is not installed: apt-get install -y " + name));
  }

  private static Optional<String> optionalTool(String name) {
    return Stream.of("/usr/bin", "/usr/sbin", "/bin", "/sbin")
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst();
  }
}
