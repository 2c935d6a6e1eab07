package dev.conch.bench;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.sync.Lock;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * T08's lesson as a race of speed: two tasks adding 1 to one counter a million times each, under a
 * lock. Plain Java with {@code synchronized} is the baseline, measured in this JVM; then Conch's
 * runtime lock from Java, the shipped script T08 (its @CompileStatic part and its dynamic part, as
 * the script times them) and CPython running the same lesson, when python3 is there. Goals from the
 * issue: the script at least 10x faster than CPython, dynamic code at least 2x.
 */
final class LocksBenchmark implements Benchmark {
  static final int TIMES = 1_000_000;
  static final int RUNS = 5;
  static final int SCRIPT_RUNS = 3;

  private static final String PYTHON =
      String.join(
          "\n",
          "import threading, time",
          "n = 0",
          "lock = threading.Lock()",
          "def add():",
          "    global n",
          "    for _ in range(" + TIMES + "):",
          "        lock.acquire()",
          "        n += 1",
          "        lock.release()",
          "start = time.perf_counter()",
          "ts = [threading.Thread(target=add) for _ in range(2)]",
          "for t in ts: t.start()",
          "for t in ts: t.join()",
          "assert n == 2 * " + TIMES,
          "print('took %.4f s' % (time.perf_counter() - start))");

  @Override
  public String name() {
    return "locks";
  }

  @Override
  public void run(Report report) throws Exception {
    double loadAtStart = Machine.load();
    report.progress("locks: plain Java synchronized …");
    Stats java = Timed.median(RUNS, LocksBenchmark::synchronizedJava);
    RatioLines line = new RatioLines(report, java);
    line.add("plain Java, synchronized (baseline)", java);
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {})) {
      report.progress("locks: Conch lock from Java …");
      line.add("Conch lock() from Java", Timed.median(RUNS, () -> conchLock(runtime)));
    }
    report.progress("locks: T08 as shipped …");
    Path shell = Machine.conchHome().resolve("shell");
    Path t08 = Machine.conchHome().resolve("scripts/threads/T08-mutex.groovy");
    List<Stats> script =
        PrintedTimes.of(
            List.of(shell.toString(), t08.toString()),
            SCRIPT_RUNS,
            Pattern.compile("two threads adding under a lock took (\\d+\\.\\d+) s"),
            Pattern.compile("the same in dynamic Groovy took (\\d+\\.\\d+) s"));
    Optional<Stats> python = PrintedTimes.python(report, PYTHON, SCRIPT_RUNS);
    line.withPython(python);
    line.add("T08 as shipped (@CompileStatic)", script.get(0));
    line.add("T08's dynamic part (as typed at a prompt)", script.get(1));
    python.ifPresent(p -> line.add("CPython, threading.Lock", p));
    report.note(
        String.format(
            Locale.ROOT,
            "2 tasks x %,d locked additions; Java rows: median (min–max) of %d runs after a"
                + " warm-up in this JVM; T08 and CPython: %d fresh runs each, timed inside",
            TIMES,
            RUNS,
            SCRIPT_RUNS));
    report.note("goals: T08 as shipped >= 10x faster than CPython; dynamic code >= 2x");
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static void synchronizedJava() throws InterruptedException {
    long[] counter = new long[1];
    Runnable add =
        () -> {
          for (int i = 0; i < TIMES; i++) {
            synchronized (counter) {
              counter[0]++;
            }
          }
        };
    Thread a = Thread.ofPlatform().start(add);
    Thread b = Thread.ofPlatform().start(add);
    a.join();
    b.join();
    check(counter[0]);
  }

  private static void conchLock(ConchRuntime runtime) throws Exception {
    Run run = runtime.tasks().beginRun("bench");
    try {
      Lock lock = runtime.locks().lock("bench");
      long[] counter = new long[1];
      Callable<Object> add =
          () -> {
            for (int i = 0; i < TIMES; i++) {
              lock.acquire();
              try {
                counter[0]++;
              } finally {
                lock.release();
              }
            }
            return null;
          };
      List<Task> tasks = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        tasks.add(runtime.tasks().spawn(TaskSpec.defaults(), add));
      }
      for (Task task : tasks) {
        task.join();
      }
      check(counter[0]);
    } finally {
      runtime.tasks().endRun(run, false);
    }
  }

  private static void check(long total) {
    if (total != 2L * TIMES) {
      throw new IllegalStateException("lost updates under a lock: " + total);
    }
  }
}
