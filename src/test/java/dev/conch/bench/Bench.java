package dev.conch.bench;

import java.util.List;

/**
 * {@code ./shell bench [NAME…]}: runs the benchmarks whose names start with one of the NAMEs (all
 * when none is given) one after another, and prints each one's table. Progress goes to stderr, the
 * tables to stdout. Exit codes: 0 ok, 1 a benchmark failed, 2 usage.
 */
public final class Bench {
  /** Every benchmark, in the order they run: the one place to add one. */
  static final List<Benchmark> BENCHMARKS =
      List.of(
          new StartupBenchmark(),
          new TasksBenchmark(),
          new LocksBenchmark(),
          new RacesBenchmark(),
          new RedisBenchmark(),
          new PoolsBenchmark(),
          new ProcessesBenchmark(),
          new SweepBenchmark(),
          new DownloadBenchmark(),
          new GeoBenchmark(),
          new TypedBenchmark());

  private Bench() {}

  public static void main(String[] args) throws InterruptedException {
    List<Benchmark> chosen;
    try {
      chosen = select(BENCHMARKS, List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("bench: unknown benchmark '" + e.getMessage() + "'");
      System.err.println("usage: ./shell bench [NAME…]");
      System.err.println("benchmarks: " + names(BENCHMARKS));
      System.exit(2);
      return;
    }
    int status = 0;
    for (Benchmark benchmark : chosen) {
      Report report = new Report(benchmark.name(), System.err::println);
      try {
        benchmark.run(report);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        report.note("failed: " + e);
        status = 1;
      }
      System.out.print(ReportTable.format(report));
      System.out.flush();
    }
    System.exit(status);
  }

  /**
   * The benchmarks whose names start with one of {@code filters}, in their order; all of them when
   * there is no filter.
   *
   * @throws IllegalArgumentException with the filter as its message, when a filter selects nothing
   */
  static List<Benchmark> select(List<Benchmark> all, List<String> filters) {
    for (String filter : filters) {
      if (filter.isEmpty() || all.stream().noneMatch(b -> b.name().startsWith(filter))) {
        throw new IllegalArgumentException(filter);
      }
    }
    if (filters.isEmpty()) {
      return all;
    }
    return all.stream().filter(b -> filters.stream().anyMatch(b.name()::startsWith)).toList();
  }

  private static String names(List<Benchmark> benchmarks) {
    return String.join(", ", benchmarks.stream().map(Benchmark::name).toList());
  }
}
