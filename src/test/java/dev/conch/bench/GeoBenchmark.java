package dev.conch.bench;

import com.maxmind.db.CHMCache;
import com.maxmind.db.Reader;
import dev.conch.bench.SyntheticMmdb.Made;
import dev.conch.bench.SyntheticMmdb.Schema;
import dev.conch.net.db.Database;
import dev.conch.net.db.DatabaseOptions;
import dev.conch.net.db.GeoStore;
import dev.conch.net.db.StoreResult;
import dev.conch.net.geo.Geo;
import dev.conch.net.geo.GeoOptions;
import dev.conch.net.geo.GeoProvider;
import dev.conch.net.geo.GeoResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Issue 14's offline geo lookups: a million random IPv4 addresses (fixed seed) looked up by {@code
 * Geo.lookup} as the {@code geo} built-in calls it, beside the bare {@code maxmind-db} reader
 * (memory-mapped, {@link CHMCache}, records decoded into a {@link Map}) on one and on two threads
 * in this JVM, on a large synthetic database of each schema; then 10,000 addresses looked up and
 * stored in a fresh SQLite file through {@link GeoStore}. Medians of 3 after a warm-up; the lookup
 * runs take turns round by round. Goals: at least 0.8× the bare reader on two threads, at least 0.5
 * M lookups/s, the 10,000 stored within 1 s. Confined to the benchmark's thread, but for the two
 * bare reader threads ({@code bench-geo-N}), which each pass joins.
 */
final class GeoBenchmark implements Benchmark {
  static final int ADDRESSES = 1_000_000;
  static final int STORED = 10_000;
  static final int RUNS = 3;
  static final long SEED = 20261123L;
  static final double RATIO_GOAL = 0.8;
  static final double RATE_GOAL = 500_000;
  static final Duration STORE_GOAL = Duration.ofSeconds(1);

  /** The addresses are drawn from 1.0.0.0 up to, not including, 224.0.0.0. */
  static final long FIRST = 1L << 24;

  static final long END = 224L << 24;

  /** The records the bare reader's cache keeps: {@code new CHMCache()}'s default. */
  private static final int BARE_CACHE = 4096;

  @Override
  public String name() {
    return "geo";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    List<String> ips = addresses(ADDRESSES, SEED);
    GeoOptions options = GeoOptions.defaults().withProvider(GeoProvider.OFFLINE);
    try (Geo geo = new Geo();
        ExecutorService two =
            Executors.newFixedThreadPool(2, Thread.ofPlatform().name("bench-geo-", 0).factory())) {
      Made flat = null;
      for (Schema schema : Schema.values()) {
        Made db = SyntheticMmdb.of(schema, Machine.conchHome(), report);
        report.note(db.note());
        GeoOptions here = options.withDatabase(db.file());
        ConchPass fresh =
            () -> {
              try (Geo opened = new Geo()) {
                return opened.lookup(ips, here);
              }
            };
        lookups(report, schema, db, ips, () -> geo.lookup(ips, here), fresh, two);
        flat = schema == Schema.FLAT ? db : flat;
      }
      store(report, geo, options.withDatabase(flat.file()), ips.subList(0, STORED), flat.large());
    }
    report.note(
        String.format(
            Locale.ROOT,
            "%,d random addresses in 1.0.0.0–223.255.255.255 (seed %d), the same for every reader;"
                + " the bare reader parses them with InetAddress.ofLiteral and caches %,d records"
                + " (the CHMCache default); Conch's GeoDatabase keeps the row of each record it decoded, from"
                + " one call to the next, and once more with the file opened for the call; median (min–max) of %d runs after a warm-up, the"
                + " lookup runs taking turns",
            ADDRESSES,
            SEED,
            BARE_CACHE,
            RUNS));
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  /** A lookup pass of Conch's: the result of one {@code geo} call. */
  private interface ConchPass {
    GeoResult run();
  }

  private static void lookups(
      Report report,
      Schema schema,
      Made db,
      List<String> ips,
      ConchPass conch,
      ConchPass fresh,
      ExecutorService two)
      throws Exception {
    report.progress("geo: " + schema.label() + ": the bare reader and Conch, in turns …");
    int[] found = new int[4];
    List<Duration> paused = new ArrayList<>(); // the collector's pauses in each Conch pass
    List<Stats> stats;
    try (Reader reader =
        new Reader(db.file().toFile(), Reader.FileMode.MEMORY_MAPPED, new CHMCache(BARE_CACHE))) {
      stats =
          Timed.interleaved(
              RUNS,
              List.of(
                  () -> found[0] = bare(reader, ips, 0, ips.size()),
                  () -> found[1] = bareOnTwo(reader, ips, two),
                  () -> {
                    long before = pausedMillis();
                    found[2] = conch.run().getFound();
                    paused.add(Duration.ofMillis(pausedMillis() - before));
                  },
                  () -> found[3] = fresh.run().getFound()));
    }
    Stats bare2 = stats.get(1);
    report.note(line("bare maxmind-db Reader → Map, 1 thread", stats.get(0), bare2));
    report.note(line("bare maxmind-db Reader → Map, 2 threads (base)", bare2, bare2));
    report.note(line("Conch Geo.lookup(ips, offline)", stats.get(2), bare2));
    report.note(
        String.format(
            Locale.ROOT,
            "  of which the collector paused it %.3f s (median): Conch keeps its %,d rows, the bare"
                + " reader drops each record",
            seconds(Stats.of(paused.subList(1, paused.size())).median()),
            ips.size()));
    report.note(line("Conch, the file opened for this call", stats.get(3), bare2));
    String fixture = db.large() ? "" : " (on the small fixture only)";
    report.note(ratioGoal(schema.label(), stats.get(3), bare2) + fixture);
    report.note(rateGoal(schema.label(), stats.get(3)) + fixture);
    report.note(
        String.format(
            Locale.ROOT,
            "found: Conch %,d and %,d, the bare reader %,d and %,d: %s",
            found[2],
            found[3],
            found[0],
            found[1],
            found[0] == found[2] && found[1] == found[2] && found[3] == found[2]
                ? "the same"
                : "DIFFERENT"));
  }

  /** How long the collectors have paused this JVM so far (their concurrent work not counted). */
  private static long pausedMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(gc -> !gc.getName().contains("Concurrent"))
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /** How many of {@code ips[from..to)} the reader has a record for, each decoded into a map. */
  static int bare(Reader reader, List<String> ips, int from, int to) throws IOException {
    int found = 0;
    for (int i = from; i < to; i++) {
      Map<?, ?> record = reader.get(InetAddress.ofLiteral(ips.get(i)), Map.class);
      if (record != null) {
        found++;
      }
    }
    return found;
  }

  private static int bareOnTwo(Reader reader, List<String> ips, ExecutorService two)
      throws Exception {
    int half = ips.size() / 2;
    Future<Integer> first = two.submit(() -> bare(reader, ips, 0, half));
    Future<Integer> second = two.submit(() -> bare(reader, ips, half, ips.size()));
    return first.get() + second.get();
  }

  /**
   * Open a fresh SQLite file, look {@code ips} up, store the rows, close: timed whole and in parts.
   */
  private static void store(
      Report report, Geo geo, GeoOptions options, List<String> ips, boolean large)
      throws Exception {
    report.progress(
        String.format(
            Locale.ROOT, "geo: %,d addresses looked up and stored in SQLite …", ips.size()));
    List<Duration> lookups = new ArrayList<>();
    List<Duration> stores = new ArrayList<>();
    Stats whole =
        Timed.median(
            RUNS,
            () -> {
              Path dir = Files.createTempDirectory("conch-bench-geo-");
              try (Database db = Database.open(DatabaseOptions.sqlite(dir.resolve("geo.db")))) {
                long start = System.nanoTime();
                GeoResult rows = geo.lookup(ips, options);
                long looked = System.nanoTime();
                StoreResult stored = GeoStore.store(rows, db, null);
                lookups.add(Duration.ofNanos(looked - start));
                stores.add(Duration.ofNanos(System.nanoTime() - looked));
                if (stored.rows() != ips.size()) {
                  throw new IllegalStateException("stored " + stored.rows() + " of " + ips.size());
                }
              } finally {
                deleteTree(dir);
              }
            });
    report.note(
        String.format(
            Locale.ROOT,
            "%,d addresses: open a fresh SQLite file, Geo.lookup, GeoStore.store (batches of %d),"
                + " close: %.3f s (%.3f–%.3f); of it Geo.lookup %.3f s, GeoStore.store %.3f s",
            ips.size(),
            GeoStore.BATCH,
            seconds(whole.median()),
            seconds(whole.min()),
            seconds(whole.max()),
            seconds(Stats.of(lookups.subList(1, lookups.size())).median()),
            seconds(Stats.of(stores.subList(1, stores.size())).median())));
    report.note(storeGoal(ips.size(), whole) + (large ? "" : " (on the small fixture only)"));
  }

  /**
   * {@code count} addresses drawn evenly from {@link #FIRST} up to {@link #END}, from {@code seed}.
   */
  static List<String> addresses(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long n = random.nextLong(FIRST, END);
      out.add((n >>> 24) + "." + ((n >>> 16) & 255) + "." + ((n >>> 8) & 255) + "." + (n & 255));
    }
    return out;
  }

  static String ratioGoal(String schema, Stats conch, Stats bare) {
    double ratio = seconds(bare.median()) / seconds(conch.median());
    return String.format(
        Locale.ROOT,
        "goal: offline lookups at least %.1f× the bare reader (%s): %.2f× (%,.0f k/s against %,.0f"
            + " k/s on 2 threads): %s",
        RATIO_GOAL,
        schema,
        ratio,
        rate(conch) / 1e3,
        rate(bare) / 1e3,
        ratio >= RATIO_GOAL ? "met" : "NOT met");
  }

  static String rateGoal(String schema, Stats conch) {
    return String.format(
        Locale.ROOT,
        "goal: at least %.1f M lookups/s (%s): %.2f M/s: %s",
        RATE_GOAL / 1e6,
        schema,
        rate(conch) / 1e6,
        rate(conch) >= RATE_GOAL ? "met" : "NOT met");
  }

  static String storeGoal(int count, Stats whole) {
    return String.format(
        Locale.ROOT,
        "goal: %,d addresses looked up and stored in SQLite within %.0f s: %.3f s: %s",
        count,
        seconds(STORE_GOAL),
        seconds(whole.median()),
        whole.median().compareTo(STORE_GOAL) <= 0 ? "met" : "NOT met");
  }

  /** Lookups per second of a pass over the {@link #ADDRESSES}, from its median. */
  static double rate(Stats pass) {
    return ADDRESSES / seconds(pass.median());
  }

  private static String line(String what, Stats stats, Stats baseline) {
    return String.format(
        Locale.ROOT,
        "  %-46s %6.3f s (%.3f–%.3f)  %5.0f k/s  %.2f× the base",
        what,
        seconds(stats.median()),
        seconds(stats.min()),
        seconds(stats.max()),
        rate(stats) / 1e3,
        seconds(baseline.median()) / seconds(stats.median()));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(GeoBenchmark::delete);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
