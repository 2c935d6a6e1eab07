package dev.conch.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a child process costs. First, start + join of a trivial {@code process { }} with a spare
 * child ready (the median of several, each after a pause that lets the next spare warm up), beside
 * starting and reaping {@code true} from Java in this JVM (the baseline) and CPython's {@code fork}
 * and {@code spawn} start methods. Then the seed's prime check over a process pool of 2, beside a
 * fresh JVM's ForkJoinPool(2) and CPython's {@code Pool(2)}. Goals from issue 4: start + join at
 * most 0.1 s with a spare ready; typed code on a process pool at least 5x faster than CPython's.
 */
final class ProcessesBenchmark implements Benchmark {
  private static final int STARTS = 7;
  private static final int RUNS = 3;

  private static final String START_JOIN =
      """
      process { 1 }.join() // the first start is cold; it leaves a spare behind
      def times = []
      STARTS.times {
        sleep 2500 // lets the next spare start and warm up, as a learner's typing does
        long t = System.nanoTime()
        process { 1 }.join()
        times << System.nanoTime() - t
      }
      times.sort()
      printf('took %.4f s%n', times[times.size().intdiv(2)] / 1e9)
      """;

  private static final String PYTHON_START =
      """
      import time, multiprocessing as mp
      def nothing():
          pass
      if __name__ == '__main__':
          ctx = mp.get_context('METHOD')
          times = []
          for i in range(STARTS):
              t = time.perf_counter()
              p = ctx.Process(target=nothing)
              p.start()
              p.join()
              times.append(time.perf_counter() - t)
          times.sort()
          print('took %.4f s' % times[len(times) // 2])
      """;

  @Override
  public String name() {
    return "processes";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    startJoin(report);
    primes(report);
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static void startJoin(Report report) throws Exception {
    report.progress("processes: start + join of true from Java …");
    Stats java = Timed.median(STARTS, () -> new ProcessBuilder("true").start().waitFor());
    RatioLines lines = new RatioLines(report, java);
    Optional<Stats> fork = PrintedTimes.python(report, python("fork"), 1);
    Optional<Stats> spawn = PrintedTimes.python(report, python("spawn"), 1);
    lines.withPython(spawn);
    lines.add("start + join of true, from Java (baseline)", java);
    lines.add("process { 1 }.join(), spare ready", conch(report, fill(START_JOIN), 1));
    fork.ifPresent(f -> lines.add("CPython, fork start method", f));
    spawn.ifPresent(s -> lines.add("CPython, spawn start method", s));
    report.note(
        String.format(
            Locale.ROOT,
            "start + join of a process that does nothing: median of %d; CPython/this compares"
                + " with CPython's spawn; goal <= 0.1 s with a spare ready",
            STARTS));
  }

  private static void primes(Report report) throws Exception {
    Stats java = PoolsBenchmark.freshJava(report);
    RatioLines lines = new RatioLines(report, java);
    Optional<Stats> python =
        PrintedTimes.python(report, PoolsBenchmark.fill(PoolsBenchmark.PYTHON), 1);
    lines.withPython(python);
    lines.add("plain Java, ForkJoinPool(2), fresh JVM (baseline)", java);
    String processPool =
        PoolsBenchmark.STATIC.replace("pool(2)", "pool(2, kind: 'process')") + PoolsBenchmark.CHECK;
    lines.add(
        "pool(2, kind: 'process').map, @CompileStatic",
        conch(report, PoolsBenchmark.fill(processPool), RUNS));
    python.ifPresent(p -> lines.add("CPython, multiprocessing.Pool(2)", p));
    report.note(
        "primes by trial division over 1..99,999 on two child processes, worker start included;"
            + " goal: >= 5x faster than CPython's Pool(2)");
  }

  private static Stats conch(Report report, String program, int runs) throws Exception {
    report.progress("processes: ./shell -e …");
    Path shell = Machine.conchHome().resolve("shell");
    return PrintedTimes.of(List.of(shell.toString(), "-e", program), runs, PrintedTimes.TOOK)
        .get(0);
  }

  private static String python(String method) {
    return fill(PYTHON_START).replace("METHOD", method);
  }

  private static String fill(String code) {
    return code.replace("STARTS", Integer.toString(STARTS));
  }
}
