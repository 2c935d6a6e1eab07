package dev.conch.bench;

import dev.conch.net.redis.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 100,000 small items through one queue in a Redis server, put by one process and taken by another
 * at the same time: Conch ({@code ./shell -e}, a {@code queue(…, redis:)} on each side, taken with
 * its in-flight move) beside Python's redis-py doing the same commands ({@code RPUSH} of JSON,
 * {@code BLMOVE} into an in-flight list) against the same server in the same run, when Debian's
 * python3-redis is there. The taker times itself from its first item to its last. Goal: Conch's
 * throughput at least redis-py's.
 */
final class RedisBenchmark implements Benchmark {
  private static final int ITEMS = 100_000;
  private static final int RUNS = 3;
  private static final Duration LIMIT = Duration.ofMinutes(3);
  private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

  @Override
  public String name() {
    return "redis";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    RedisServer server;
    try {
      server = RedisServer.start();
    } catch (RuntimeException e) { // JUnit's assumption outside JUnit: no redis-server
      report.note("redis: not measured: " + e.getMessage());
      return;
    }
    try (server) {
      String shell = Machine.conchHome().resolve("shell").toString();
      List<Duration> conch = new ArrayList<>();
      List<Duration> python = new ArrayList<>();
      boolean withPython = pythonHasRedis();
      for (int run = 0; run < RUNS; run++) {
        String url = server.url(run % 16);
        report.progress("redis: Conch, run " + (run + 1) + " …");
        conch.add(
            pair(List.of(shell, "-e", conchTaker(url)), List.of(shell, "-e", conchPutter(url))));
        if (withPython) {
          report.progress("redis: redis-py, run " + (run + 1) + " …");
          python.add(
              pair(
                  List.of(DEBIAN_PYTHON.toString(), "-c", pythonTaker(url)),
                  List.of(DEBIAN_PYTHON.toString(), "-c", pythonPutter(url))));
        }
      }
      Stats ours = Stats.of(conch);
      report.note(row("Conch queue(redis:), put | get", ours));
      if (withPython) {
        Stats theirs = Stats.of(python);
        report.note(row("redis-py, rpush | blmove", theirs));
        double ratio = theirs.seconds() / ours.seconds();
        report.note(
            String.format(
                Locale.ROOT,
                "goal: Conch's throughput >= redis-py's: %.2fx: %s",
                ratio,
                ratio >= 1 ? "met" : "NOT met"));
      } else {
        report.note("redis-py: not measured (apt-get install python3-redis)");
      }
      report.note(
          String.format(
              Locale.ROOT,
              "%,d items put by one process and taken by another at once; the taker's time from its"
                  + " first item to its last; median (min–max) of %d runs",
              ITEMS,
              RUNS));
      report.note(Machine.describe(loadAtStart, Machine.load()));
    }
  }

  /** Runs the taker and the putter at once; the taker's printed time. */
  private static Duration pair(List<String> taker, List<String> putter) throws Exception {
    try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<String> took = both.submit(() -> Capture.run(taker, Map.of("NO_COLOR", "1"), LIMIT));
      Future<String> put = both.submit(() -> Capture.run(putter, Map.of("NO_COLOR", "1"), LIMIT));
      put.get();
      String printed = took.get();
      var m = PrintedTimes.TOOK.matcher(printed);
      if (!m.find()) {
        throw new ProbeException("the taker printed no time: " + printed);
      }
      return Duration.ofNanos((long) (Double.parseDouble(m.group(1)) * 1e9));
    }
  }

  private static String conchTaker(String url) {
    return "q = queue('bench', redis: '"
        + url
        + "'); q.clear(); q.get(); t0 = System.nanoTime(); "
        + (ITEMS - 1)
        + ".times { q.get() }; printf('took %.4f s%n', (System.nanoTime() - t0) / 1e9)";
  }

  private static String conchPutter(String url) {
    return "q = queue('bench', redis: '" + url + "'); sleep 2000; " + ITEMS + ".times { q << it }";
  }

  private static String pythonTaker(String url) {
    return String.join(
        "\n",
        "import json, redis, time",
        "r = redis.Redis.from_url('" + url + "')",
        "r.delete('conch:queue:bench')",
        "k, f = 'conch:queue:bench', 'conch:queue:bench:inflight:py'",
        "json.loads(r.blmove(k, f, 0, 'LEFT', 'RIGHT'))",
        "t0 = time.perf_counter()",
        "for _ in range(" + (ITEMS - 1) + "):",
        "    v = r.lmove(k, f, 'LEFT', 'RIGHT') or r.blmove(k, f, 0, 'LEFT', 'RIGHT')",
        "    json.loads(v)",
        "print('took %.4f s' % (time.perf_counter() - t0))");
  }

  private static String pythonPutter(String url) {
    return String.join(
        "\n",
        "import json, redis, time",
        "r = redis.Redis.from_url('" + url + "')",
        "time.sleep(2)",
        "for i in range(" + ITEMS + "):",
        "    r.rpush('conch:queue:bench', json.dumps(i))");
  }

  private static boolean pythonHasRedis() throws Exception {
    return Files.isExecutable(DEBIAN_PYTHON)
        && new ProcessBuilder(DEBIAN_PYTHON.toString(), "-c", "import redis").start().waitFor()
            == 0;
  }

  private static String row(String what, Stats stats) {
    return String.format(
        Locale.ROOT, "%-40s %s  %,.0f items/s", what, stats.summary(), ITEMS / stats.seconds());
  }
}
