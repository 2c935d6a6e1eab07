package dev.conch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The seed's prime check (trial division by every smaller number) over 1..99,999 on two workers.
 * Plain Java on a ForkJoinPool of 2 is the baseline, measured in this JVM; then {@code pool(2).map}
 * from Groovy in three styles — a @CompileStatic method, a dynamic method with a typed loop, and
 * idiomatic ranges and closures — each in a fresh {@code ./shell -e}, timed inside; and CPython's
 * {@code multiprocessing.Pool(2)} when python3 is there. Goals from the issue: typed dynamic code
 * at least 5x faster than CPython's pool; static code within 1.5x of plain Java.
 */
final class PoolsBenchmark implements Benchmark {
  static final int LAST = 99_999;
  static final int PRIMES = 9_592;
  static final int RUNS = 3;

  static final String STATIC =
      """
      @CompileStatic
      class Primes {
        static boolean isPrime(int n) {
          if (n == 1) return false
          for (int i = 2; i < n; i++) { if (n % i == 0) return false }
          return true
        }
      }
      long start = System.nanoTime()
      def flags = pool(2) { p -> p.map(1..LAST) { int n -> Primes.isPrime(n) } }
      """;

  private static final String DYNAMIC =
      """
      def isPrime(n) {
        if (n == 1) return false
        for (int i = 2; i < n; i++) { if (n % i == 0) return false }
        true
      }
      long start = System.nanoTime()
      def flags = pool(2) { p -> p.map(1..LAST) { isPrime(it) } }
      """;

  private static final String IDIOMATIC =
      """
      long start = System.nanoTime()
      def flags = pool(2) { p -> p.map(1..LAST) { n -> n > 1 && (2..<n).every { n % it != 0 } } }
      """;

  static final String CHECK =
      """
      assert flags.count(true) == PRIMES
      printf('took %.4f s%n', (System.nanoTime() - start) / 1e9)
      """;

  static final String PYTHON =
      """
      import time
      from multiprocessing import Pool
      def is_prime(num):
          if num == 1:
              return False
          for i in range(2, num):
              if num % i == 0:
                  return False
          return True
      if __name__ == '__main__':
          start = time.perf_counter()
          with Pool(2) as pool:
              flags = pool.map(is_prime, range(1, LAST + 1))
          assert sum(flags) == PRIMES
          print('took %.4f s' % (time.perf_counter() - start))
      """;

  @Override
  public String name() {
    return "pools";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    report.progress("pools: plain Java, ForkJoinPool(2) …");
    Stats warm = Timed.median(RUNS, PoolsBenchmark::forkJoin);
    Stats java = freshJava(report);
    RatioLines lines = new RatioLines(report, java);
    Optional<Stats> python = PrintedTimes.python(report, fill(PYTHON), 1);
    lines.withPython(python);
    lines.add("plain Java, ForkJoinPool(2), fresh JVM (baseline)", java);
    lines.add("plain Java, ForkJoinPool(2), warmed up", warm);
    lines.add("pool(2).map, @CompileStatic method", conch(report, STATIC, RUNS));
    lines.add("pool(2).map, dynamic method, typed loop", conch(report, DYNAMIC, RUNS));
    lines.add("pool(2).map, (2..<n).every { … }", conch(report, IDIOMATIC, 1));
    python.ifPresent(p -> lines.add("CPython, multiprocessing.Pool(2)", p));
    report.note(
        String.format(
            Locale.ROOT,
            "primes by trial division over 1..%,d (%,d primes); median (min–max) of %d runs, each"
                + " in a fresh process and timed inside, except the warmed-up row (this JVM)",
            LAST,
            PRIMES,
            RUNS));
    report.note("goals: dynamic code >= 5x faster than CPython's pool; static <= 1.5x plain Java");
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static Stats conch(Report report, String code, int runs) throws Exception {
    report.progress("pools: ./shell -e …");
    Path shell = Machine.conchHome().resolve("shell");
    String program = fill(code + CHECK);
    return PrintedTimes.of(List.of(shell.toString(), "-e", program), runs, PrintedTimes.TOOK)
        .get(0);
  }

  /** Plain Java's figure as a learner would get it: a fresh JVM running the check once. */
  static Stats freshJava(Report report) throws Exception {
    report.progress("pools: plain Java in a fresh JVM …");
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "-XX:+UseG1GC", // as the shell runs
            "-cp",
            System.getProperty("java.class.path"),
            PoolsBenchmark.class.getName());
    return PrintedTimes.of(command, RUNS, PrintedTimes.TOOK).get(0);
  }

  /** Runs the plain Java check once and prints how long it took: the fresh-JVM baseline. */
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    forkJoin();
    System.out.printf(Locale.ROOT, "took %.4f s%n", (System.nanoTime() - start) / 1e9);
  }

  static String fill(String code) {
    return code.replace("LAST", Integer.toString(LAST)).replace("PRIMES", Integer.toString(PRIMES));
  }

  private static void forkJoin() throws Exception {
    try (ForkJoinPool two = new ForkJoinPool(2)) {
      long primes =
          two.submit(
                  () -> IntStream.rangeClosed(1, LAST).parallel().filter(n -> isPrime(n)).count())
              .get();
      if (primes != PRIMES) {
        throw new IllegalStateException("found " + primes + " primes, expected " + PRIMES);
      }
    }
  }

  private static boolean isPrime(int n) {
    if (n == 1) {
      return false;
    }
    for (int i = 2; i < n; i++) {
      if (n % i == 0) {
        return false;
      }
    }
    return true;
  }
}
