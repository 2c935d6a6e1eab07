package dev.conch.bench;

import dev.conch.bench.DownloadFiles.FileSet;
import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.net.download.DownloadResult;
import dev.conch.net.serve.ServeOptions;
import dev.conch.runtime.ConchRuntime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Conch's {@code download} beside {@code curl --parallel --parallel-max 8} and {@code aria2c -j8
 * -x8 -s8}, all against one {@code serve} running in a JVM of its own ({@link ServeChild}), on two
 * profiles: loopback (200 × 256 KiB, 20 × 8 MiB, 1 × 512 MiB) and a slow link (40 ms a request and
 * a new connection, 8 MiB/s per connection; the two smaller sets). Conch runs in this JVM, typed as
 * a learner would through {@link ScriptHost}: {@code workers: 8} and {@code workers: 8, segments:
 * 8} (aria2's {@code -x8 -s8}), both checking every file against SHA256SUMS, and {@code workers: 8}
 * with no sha256, the peers' work. The tools take turns round by round; before each run the target
 * folder is emptied, after it every file's sha256 is checked. Goal: Conch at most 1.1× the best
 * peer on each profile and set.
 */
final class DownloadBenchmark implements Benchmark {
  private static final Duration LIMIT = Duration.ofMinutes(2);
  private static final long MIB = 1 << 20;
  private static final String TYPED =
      "download(urls, to: to, workers: 8, segments: %d, sha256: sums, quiet: true)";
  private static final String UNCHECKED = "download(urls, to: to, workers: 8, quiet: true)";

  /** Where the server's link is slow, which sets it serves, and how many timed rounds. */
  private record Profile(
      String name, int latencyMillis, long bytesPerSecond, List<FileSet> sets, int runs) {
    /**
     * Whether {@code set} begins with an untimed round of every tool: the first set where the CPU
     * is the limit; later sets find Conch and serve warm, and a slow link waits rather than JITs.
     */
    boolean warmUpRound(FileSet set) {
      return latencyMillis == 0 && bytesPerSecond == 0 && set.equals(sets.get(0));
    }
  }

  private static final Profile LOOPBACK = new Profile("loopback", 0, 0, DownloadFiles.ALL, 5);
  private static final Profile SLOW =
      new Profile(
          "slow link (40 ms, 8 MiB/s per connection)",
          40,
          8 * MIB,
          List.of(DownloadFiles.SMALL, DownloadFiles.MEDIUM),
          3);

  /** Fetches a set into a folder; Conch's serial estimate in seconds, NaN for the peers. */
  private interface Fetch {
    double into(FileSet set, String base, Path to) throws Exception;
  }

  /** The files served, the URL they are served at, and the folder the copies go to. */
  private record Site(DownloadFiles files, String url, Path got) {}

  /** One run's wall time and Conch's serial estimate (zero for a peer). */
  private record Sample(Duration took, Duration serial) {}

  /** One tool as the report names it. */
  private record Tool(String label, boolean conch, Fetch fetch) {}

  @Override
  public String name() {
    return "download";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    Path home = Machine.conchHome().resolve("target").resolve("bench-download");
    DownloadFiles files =
        DownloadFiles.ready(home.resolve("files-v1"), DownloadFiles.ALL, report::progress);
    Optional<Path> curl = DownloadPeers.find("curl", "curl", report);
    Optional<Path> aria2c = DownloadPeers.find("aria2c", "aria2", report);
    Path got = downloads(home);
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {})) {
      ScriptHost host = new ScriptHost(runtime, new PrintStream(PrintStream.nullOutputStream()));
      List<Tool> tools = new ArrayList<>();
      tools.add(new Tool("Conch download, workers 8", true, conch(host, files, typed(1))));
      tools.add(
          new Tool("Conch download, workers 8, segments 8", true, conch(host, files, typed(8))));
      tools.add(
          new Tool("Conch download, workers 8, no sha256", true, conch(host, files, UNCHECKED)));
      curl.ifPresent(c -> tools.add(new Tool("curl -Z --parallel-max 8", false, curl(c, home))));
      aria2c.ifPresent(a -> tools.add(new Tool("aria2c -j8 -x8 -s8 -k1M", false, aria2(a, home))));
      for (Profile profile : List.of(LOOPBACK, SLOW)) {
        measure(report, profile, tools, files, got);
      }
    } finally {
      DownloadFiles.deleteTree(got);
    }
    notes(report, got, files);
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  /** Every set of {@code profile}, against a server of its own started and stopped here. */
  private static void measure(
      Report report, Profile profile, List<Tool> tools, DownloadFiles files, Path got)
      throws Exception {
    report.progress("download: " + profile.name() + ": starting serve in its own JVM …");
    ServeOptions options =
        ServeOptions.DEFAULTS
            .withLatencyMillis(profile.latencyMillis())
            .withBytesPerSecond(profile.bytesPerSecond());
    int met = 0;
    try (ServeChild server = ServeChild.start(files.dir(), options)) {
      DownloadFiles.clear(got);
      tools.get(0).fetch().into(DownloadFiles.SMALL, server.url(), got); // warms the server's JVM
      Site site = new Site(files, server.url(), got);
      for (FileSet set : profile.sets()) {
        met += set(report, profile, set, tools, site) ? 1 : 0;
      }
    }
    report.note(
        String.format(
            Locale.ROOT,
            "goal on %s: met on %d of %d sets",
            profile.name(),
            met,
            profile.sets().size()));
  }

  /** The rounds of one set, then its lines in the report; whether the goal was met. */
  private static boolean set(
      Report report, Profile profile, FileSet set, List<Tool> tools, Site site) throws Exception {
    report.progress("download: " + profile.name() + ", " + set.label() + " …");
    List<List<Duration>> samples = new ArrayList<>();
    tools.forEach(t -> samples.add(new ArrayList<>()));
    List<Duration> serial = new ArrayList<>();
    for (int round = profile.warmUpRound(set) ? 0 : 1; round <= profile.runs(); round++) {
      for (int k = 0; k < tools.size(); k++) {
        int i = (k + round) % tools.size(); // each round another tool goes first
        Sample sample = once(tools.get(i), set, site);
        if (round > 0) {
          samples.get(i).add(sample.took());
          if (i == 0) {
            serial.add(sample.serial());
          }
        }
      }
    }
    List<DownloadGoal.Times> times = new ArrayList<>();
    for (int i = 0; i < tools.size(); i++) {
      Tool tool = tools.get(i);
      times.add(new DownloadGoal.Times(tool.label(), tool.conch(), Stats.of(samples.get(i))));
    }
    lines(report, profile, set, times, Stats.of(serial));
    return DownloadGoal.met(times);
  }

  /**
   * One run of {@code tool} into the emptied folder, every file checked after it: its wall time and
   * its serial estimate (zero for the peers).
   */
  private static Sample once(Tool tool, FileSet set, Site site) throws Exception {
    DownloadFiles.clear(site.got());
    long start = System.nanoTime();
    double estimate = tool.fetch().into(set, site.url(), site.got());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    site.files().verify(set, site.got(), tool.label());
    long serial = Double.isNaN(estimate) ? 0 : Math.round(estimate * 1e9);
    return new Sample(took, Duration.ofNanos(serial));
  }

  private static void lines(
      Report report, Profile profile, FileSet set, List<DownloadGoal.Times> times, Stats serial) {
    report.note(
        String.format(
            Locale.ROOT,
            "%s, %s: median (min–max) of %d runs%s, every file's sha256 checked after each:",
            profile.name(),
            set.label(),
            profile.runs(),
            profile.warmUpRound(set) ? " after a warm-up round" : ""));
    long bytes = set.count() * set.bytes();
    Optional<DownloadGoal.Times> best = DownloadGoal.bestPeer(times);
    times.forEach(t -> report.note("  " + DownloadGoal.line(t, bytes, best)));
    report.note(
        String.format(
            Locale.ROOT,
            "  Conch's serial estimate (workers 8, the sum of each file's own time): %.2f s",
            serial.median().toNanos() / 1e9));
    report.note("  " + DownloadGoal.goal(times));
  }

  private static String typed(int segments) {
    return String.format(Locale.ROOT, TYPED, segments);
  }

  /** Conch's built-in typed as a learner would, in a running session; its serial estimate. */
  private static Fetch conch(ScriptHost host, DownloadFiles files, String code) {
    return (set, base, to) -> {
      host.setVariable("urls", set.names().stream().map(name -> base + name).toList());
      host.setVariable("to", to.toString());
      host.setVariable("sums", files.sumsFile());
      Outcome outcome = host.evaluate(code, "bench", false);
      if (outcome.failed()) {
        throw new IllegalStateException("download: Conch: " + outcome.error(), outcome.error());
      }
      DownloadResult result = (DownloadResult) outcome.value();
      if (!result.isComplete()) {
        throw new IllegalStateException("download: Conch: " + result + ": " + result.getFailed());
      }
      return result.getSerial();
    };
  }

  private static Fetch curl(Path curl, Path home) {
    return (set, base, to) -> {
      DownloadPeers.run(
          DownloadPeers.curl(curl, base, set.names(), to), home.resolve("curl.log"), LIMIT);
      return Double.NaN;
    };
  }

  private static Fetch aria2(Path aria2c, Path home) {
    return (set, base, to) -> {
      Path list = home.resolve("aria2-" + set.prefix() + ".txt");
      Files.writeString(list, DownloadPeers.urlList(base, set.names()), StandardCharsets.UTF_8);
      DownloadPeers.run(DownloadPeers.aria2(aria2c, list, to), home.resolve("aria2c.log"), LIMIT);
      return Double.NaN;
    };
  }

  /** A folder in RAM (/dev/shm) when there is one, as the baselines used; else under target/. */
  private static Path downloads(Path home) throws IOException {
    Path shm = Path.of("/dev/shm");
    String name = "conch-bench-download-" + ProcessHandle.current().pid();
    Path got =
        Files.isDirectory(shm) && Files.isWritable(shm) ? shm.resolve(name) : home.resolve(name);
    Files.createDirectories(got);
    return got;
  }

  private static void notes(Report report, Path got, DownloadFiles files) {
    report.note(
        "Conch: the typed line "
            + String.format(Locale.ROOT, TYPED, 1)
            + " (and segments: 8) run by ScriptHost in this JVM, timed around the whole"
            + " evaluation (typed again, a line runs the class compiled the first time, as at the"
            + " prompt); it hashes every file as it saves it"
            + " and compares with SHA256SUMS (a file fetched in segments is read back to be"
            + " hashed), which curl and aria2c do not. 'no sha256' is "
            + UNCHECKED
            + ", the same work as the peers; the goal takes Conch's fastest line");
    report.note(
        "peers: separate processes, timed from start to exit, curl -q and aria2c --no-conf"
            + " (no user config), no proxy variables; their versions, or why one is missing, are"
            + " at the top");
    report.note(
        "serve: "
            + files.dir()
            + " from a JVM of its own on 127.0.0.1, one per profile, warmed by one Conch download"
            + " of the small set (then the first loopback set has an untimed round of every tool);"
            + " downloads into "
            + got.getParent()
            + ", emptied before each run");
    report.note(
        "the slow link leaves out 1 × 512 MiB: at 8 MiB/s per connection it takes 64 s on one"
            + " connection, which would push the bench far past 3 minutes");
  }
}
