package dev.conch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./shell bench typed}: the lines of issue 15 as a learner types them (dynamic Groovy,
 * session variables, the seed's shapes), each in a fresh {@code ./shell -e}, beside the peer the
 * issue names, run in the same run. Wall time from process start to exit for both sides, except the
 * ten processes started one after another, which each side times itself (the start of its own
 * interpreter is no part of a spawn). Every run's output is checked: a wrong count fails the bench.
 */
final class TypedBenchmark implements Benchmark {
  static final int RUNS = 3;

  private static final Map<String, String> ENV = Map.of("NO_COLOR", "1", "TERM", "dumb");
  private static final Duration LIMIT = Duration.ofMinutes(4);

  /** The prime check as a learner types it at the prompt, then the pool line. */
  static final String IS_PRIME =
      "boolean isPrime(int n) { if (n < 2) return false; for (int i = 2; i < n; i++) {"
          + " if (n % i == 0) return false }; true }";

  static final String PROCESS_POOL =
      IS_PRIME + "\nprintln pool(2, kind: 'process').map(1..<100000) { isPrime(it) }.count(true)";
  static final String THREAD_POOL =
      IS_PRIME + "\nprintln pool(2).map(1..<100000) { isPrime(it) }.count(true)";

  /** Timing code around a learner's line: what the line itself takes, printed after it. */
  private static final String START = "t0 = System.nanoTime()\n";

  private static final String TOOK = "\nprintf('took %.4f s%n', (System.nanoTime() - t0) / 1e9)";

  static final String COUNTER =
      "counter = 0; m = lock()\n"
          + START
          + "(1..2).collect { spawn { 1_000_000.times { m.withLock { counter++ } } } }*.join()"
          + TOOK
          + "\nprintln counter";
  static final String VIRTUAL =
      START
          + "(1..100000).collect { spawn(kind: 'virtual') { sleep 10 } }*.join()"
          + TOOK
          + "\nprintln 'done'";
  static final String COROUTINE =
      START
          + "(1..100000).collect { spawn(kind: 'coroutine') { sleep 10 } }*.join()"
          + TOOK
          + "\nprintln 'done'";
  static final String SPAWNS =
      "t0 = System.nanoTime(); 10.times { spawn(kind: 'process') { 1 + 1 }.join() }\n"
          + "printf('took %.4f s%n', (System.nanoTime() - t0) / 1e9 / 10)";

  private static final String PY_POOL =
      String.join(
          "\n",
          "from multiprocessing import Pool",
          "def is_prime(n):",
          "    if n < 2: return False",
          "    for i in range(2, n):",
          "        if n % i == 0: return False",
          "    return True",
          "if __name__ == '__main__':",
          "    with Pool(2) as p:",
          "        print(sum(p.map(is_prime, range(1, 100000))))");
  private static final String PY_COUNTER =
      String.join(
          "\n",
          "import threading, time",
          "counter = 0",
          "m = threading.Lock()",
          "def add():",
          "    global counter",
          "    for _ in range(1000000):",
          "        with m:",
          "            counter += 1",
          "t0 = time.perf_counter()",
          "ts = [threading.Thread(target=add) for _ in range(2)]",
          "for t in ts: t.start()",
          "for t in ts: t.join()",
          "print('took %.4f s' % (time.perf_counter() - t0))",
          "print(counter)");
  private static final String PY_ASYNCIO =
      String.join(
          "\n",
          "import asyncio, time",
          "async def main():",
          "    await asyncio.gather(*(asyncio.sleep(0.01) for _ in range(100000)))",
          "t0 = time.perf_counter()",
          "asyncio.run(main())",
          "print('took %.4f s' % (time.perf_counter() - t0))",
          "print('done')");
  private static final String PY_SPAWNS =
      String.join(
          "\n",
          "import multiprocessing as mp, time",
          "def work(): 1 + 1",
          "if __name__ == '__main__':",
          "    ctx = mp.get_context('spawn')",
          "    t0 = time.perf_counter()",
          "    for _ in range(10):",
          "        p = ctx.Process(target=work); p.start(); p.join()",
          "    print('took %.4f s' % ((time.perf_counter() - t0) / 10))");

  @Override
  public String name() {
    return "typed";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    report.note(
        "each line in a fresh ./shell -e, as a learner types it; "
            + RUNS
            + " runs each, medians; wall time from start to exit unless said");
    Path shell = Machine.conchHome().resolve("shell");
    Optional<Path> python = Tools.onPath("python3");
    if (python.isEmpty()) {
      report.note("CPython: none on the PATH; the lines are timed alone");
    }

    Stats processPool = wall(report, conch(shell, PROCESS_POOL), printedLine("9592"));
    Stats threadPool = wall(report, conch(shell, THREAD_POOL), printedLine("9592"));
    Optional<Stats> pyPool =
        python.isEmpty()
            ? Optional.empty()
            : optional(report, py(python.get(), PY_POOL), printedLine("9592"));
    line(report, "1. pool(2, kind: 'process') typed prime check", processPool);
    line(report, "   pool(2) (threads), the same line", threadPool);
    pyPool.ifPresent(p -> line(report, "   CPython Pool(2), the same check", p));
    pyPool.ifPresent(
        p -> {
          atLeast(report, "process pool faster than CPython's Pool(2)", ratio(p, processPool), 5);
          atLeast(report, "thread pool faster than CPython's Pool(2)", ratio(p, threadPool), 5);
        });
    atMost(report, "process pool / thread pool", ratio(processPool, threadPool), 1.5, "x");

    Both counter = both(report, conch(shell, COUNTER), printedLine("2000000"));
    both(report, "2. locked counter, 2 tasks x 1,000,000", counter);
    if (python.isPresent()) {
      Both pyCounter = both(report, py(python.get(), PY_COUNTER), printedLine("2000000"));
      both(report, "   CPython threading.Lock, the same", pyCounter);
      atLeast(
          report,
          "locked counter faster than CPython, wall",
          ratio(pyCounter.wall, counter.wall),
          2);
      atLeast(
          report,
          "locked counter faster than CPython, line",
          ratio(pyCounter.line, counter.line),
          2);
    }

    Both virtual = both(report, conch(shell, VIRTUAL), printedLine("done"));
    Both coroutine = both(report, conch(shell, COROUTINE), printedLine("done"));
    both(report, "3. 100,000 virtual tasks sleeping 10 ms", virtual);
    both(report, "   100,000 coroutines sleeping 10 ms", coroutine);
    if (python.isPresent()) {
      both(
          report,
          "   CPython asyncio, 100,000 sleeps",
          both(report, py(python.get(), PY_ASYNCIO), printedLine("done")));
    }
    atMost(report, "100,000 virtual tasks, wall", seconds(virtual.wall), 0.5, " s");
    atMost(report, "100,000 virtual tasks, line", seconds(virtual.line), 0.5, " s");
    atMost(report, "100,000 coroutines, wall", seconds(coroutine.wall), 1.0, " s");
    atMost(report, "100,000 coroutines, line", seconds(coroutine.line), 1.0, " s");

    Stats spawn = printed(report, conch(shell, SPAWNS));
    line(report, "4. a process started and joined, each of 10", spawn);
    if (python.isPresent()) {
      Stats pySpawn = printed(report, py(python.get(), PY_SPAWNS));
      line(report, "   CPython spawn, each of 10", pySpawn);
      atMost(report, "a process start / CPython's spawn", ratio(spawn, pySpawn), 1.0, "x");
    }

    Stats first = wall(report, conch(shell, "println 1"), printedLine("1"));
    line(report, "5. ./shell -e 'println 1'", first);
    Optional<Path> jshell = Tools.jshell();
    if (jshell.isPresent()) {
      line(
          report,
          "   jshell, the same",
          wall(report, jshellPrint(jshell.get()), Pattern.compile("conch1")));
    }
    atMost(report, "first result", seconds(first), 0.6, " s");
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static List<String> conch(Path shell, String code) {
    return List.of(shell.toString(), "-e", code);
  }

  private static List<String> py(Path python, String program) {
    return List.of(python.toString(), "-c", program);
  }

  private static List<String> jshellPrint(Path jshell) {
    return List.of(
        "bash",
        "-c",
        "printf '%s\\n' 'System.out.println(\"conch\" + 1)' /exit | " + jshell + " -q");
  }

  /** The wall time of {@code RUNS} runs of {@code command}, each checked for {@code expected}. */
  private static Stats wall(Report report, List<String> command, Pattern expected)
      throws ProbeException, InterruptedException {
    return both(report, command, expected).wall;
  }

  /**
   * Two figures of the same runs: from the process's start to its exit, and what the learner's line
   * itself took, as the program prints it ({@code took N s}; the wall time when it prints none).
   */
  private record Both(Stats wall, Stats line) {}

  private static Both both(Report report, List<String> command, Pattern expected)
      throws ProbeException, InterruptedException {
    report.progress("typed: " + shortName(command) + " …");
    List<Duration> walls = new ArrayList<>();
    List<Duration> lines = new ArrayList<>();
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      String printed = Capture.run(command, ENV, LIMIT);
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      walls.add(wall);
      if (!expected.matcher(printed).find()) {
        throw new ProbeException(
            shortName(command) + ": expected /" + expected + "/, got: " + printed.strip());
      }
      Matcher took = PrintedTimes.TOOK.matcher(printed);
      lines.add(
          took.find()
              ? Duration.ofNanos(Math.round(Double.parseDouble(took.group(1)) * 1e9))
              : wall);
    }
    return new Both(Stats.of(walls), Stats.of(lines));
  }

  private static void both(Report report, String what, Both both) {
    line(report, what + ", wall", both.wall);
    line(report, "     the line itself, timed inside", both.line);
  }

  private static Optional<Stats> optional(Report report, List<String> command, Pattern expected)
      throws InterruptedException {
    try {
      return Optional.of(wall(report, command, expected));
    } catch (ProbeException e) {
      report.note("skipped: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A line of output that is exactly {@code text}. */
  private static Pattern printedLine(String text) {
    return Pattern.compile("(?m)^" + Pattern.quote(text) + "$");
  }

  /** The seconds {@code command} prints itself ({@code took N s}), {@code RUNS} runs. */
  private static Stats printed(Report report, List<String> command)
      throws ProbeException, InterruptedException {
    report.progress("typed: " + shortName(command) + " …");
    return PrintedTimes.of(command, RUNS, PrintedTimes.TOOK).get(0);
  }

  private static String shortName(List<String> command) {
    String last = command.get(command.size() - 1);
    String firstLine = last.lines().reduce((a, b) -> b).orElse(last);
    return firstLine.length() > 60 ? firstLine.substring(0, 60) + "…" : firstLine;
  }

  private static void line(Report report, String what, Stats stats) {
    report.note(
        String.format(
            Locale.ROOT,
            "%-46s %7.3f s (%.3f–%.3f)",
            what,
            seconds(stats),
            stats.min().toNanos() / 1e9,
            stats.max().toNanos() / 1e9));
  }

  /** A goal line: met when {@code value} is at most {@code limit}. */
  private static void atMost(Report report, String what, double value, double limit, String unit) {
    report.note(
        String.format(
            Locale.ROOT,
            "goal: %-44s %.2f%s, goal <= %.1f%s: %s",
            what,
            value,
            unit,
            limit,
            unit,
            value <= limit ? "met" : "NOT met"));
  }

  /** A goal line: met when {@code times} is at least {@code floor}. */
  private static void atLeast(Report report, String what, double times, double floor) {
    report.note(
        String.format(
            Locale.ROOT,
            "goal: %-44s %.1fx, goal >= %.0fx: %s",
            what,
            times,
            floor,
            times >= floor ? "met" : "NOT met"));
  }

  private static double ratio(Stats slower, Stats faster) {
    return seconds(slower) / seconds(faster);
  }

  private static double seconds(Stats stats) {
    return stats.median().toNanos() / 1e9;
  }
}
