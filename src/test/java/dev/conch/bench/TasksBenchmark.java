package dev.conch.bench;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * C09 and the cost of the journal: 100,000 tasks that each sleep 10 ms, started and joined through
 * Conch's runtime (every start, sleep and end journaled) as virtual threads and as coroutines, from
 * the runtime and typed in Groovy, beside plain Java virtual threads (the baseline, same JVM) and
 * CPython's asyncio (when python3 exists). Medians of 5 after a warm-up. Goals of issue 5: at most
 * 0.3 s for virtual threads and 1 s for coroutines.
 */
final class TasksBenchmark implements Benchmark {
  private static final int TASKS = 100_000;
  private static final int RUNS = 5;
  static final Duration VIRTUAL_GOAL = Duration.ofMillis(300);
  static final Duration COROUTINE_GOAL = Duration.ofSeconds(1);

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public void run(Report report) throws Exception {
    report.progress("tasks: plain Java virtual threads …");
    Stats java = Timed.median(RUNS, TasksBenchmark::plainJava);
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {})) {
      report.progress("tasks: Conch runtime …");
      Stats conch = Timed.median(RUNS, () -> throughRuntime(runtime, TaskKind.VIRTUAL));
      Stats coroutines = Timed.median(RUNS, () -> throughRuntime(runtime, TaskKind.COROUTINE));
      report.progress("tasks: typed Groovy …");
      ScriptHost host = new ScriptHost(runtime, new PrintStream(PrintStream.nullOutputStream()));
      Stats groovy = Timed.median(RUNS, () -> typed(host, "virtual"));
      Stats typedCoroutines = Timed.median(RUNS, () -> typed(host, "coroutine"));
      Optional<Stats> asyncio =
          PrintedTimes.python(report, ASYNCIO.replace("TASKS", Integer.toString(TASKS)), 1);
      report.note(line("plain Java virtual threads (baseline)", java, java));
      report.note(line("Conch runtime, journaled", conch, java));
      report.note(line("typed at the prompt: virtual { sleep 10 }", groovy, java));
      report.note(line("Conch runtime, coroutines", coroutines, java));
      report.note(line("typed at the prompt: coroutine { sleep 10 }", typedCoroutines, java));
      asyncio.ifPresent(a -> report.note(line("CPython asyncio, asyncio.sleep(0.01)", a, java)));
      report.note(goal("virtual threads", conch, VIRTUAL_GOAL));
      report.note(goal("coroutines", coroutines, COROUTINE_GOAL));
    }
    report.note(
        String.format(
            Locale.ROOT,
            "%,d tasks each sleeping 10 ms; median (min–max) of %d runs after a warm-up",
            TASKS,
            RUNS));
  }

  /** Whether the runtime's median met its goal; typed rows also compile and warm up fresh code. */
  static String goal(String what, Stats stats, Duration goal) {
    boolean met = stats.median().compareTo(goal) <= 0;
    return String.format(
        Locale.ROOT,
        "goal for %s through the runtime: at most %.1f s, median %.3f s: %s",
        what,
        seconds(goal),
        seconds(stats.median()),
        met ? "met" : "NOT met");
  }

  private static String line(String what, Stats stats, Stats baseline) {
    return String.format(
        Locale.ROOT,
        "%-44s %6.3f s (%.3f–%.3f)  %.1fx the baseline",
        what,
        seconds(stats.median()),
        seconds(stats.min()),
        seconds(stats.max()),
        seconds(stats.median()) / seconds(baseline.median()));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static void plainJava() throws InterruptedException {
    List<Thread> threads = new ArrayList<>(TASKS);
    for (int i = 0; i < TASKS; i++) {
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      Thread.sleep(10);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static final String ASYNCIO =
      """
      import asyncio, time
      async def main():
          start = time.perf_counter()
          await asyncio.gather(*(asyncio.sleep(0.01) for _ in range(TASKS)))
          print('took %.4f s' % (time.perf_counter() - start))
      asyncio.run(main())
      """;

  private static void throughRuntime(ConchRuntime runtime, TaskKind kind)
      throws InterruptedException {
    Run run = runtime.tasks().beginRun("bench");
    try {
      TaskSpec spec = TaskSpec.defaults().withKind(kind);
      List<Task> tasks = new ArrayList<>(TASKS);
      for (int i = 0; i < TASKS; i++) {
        tasks.add(
            runtime
                .tasks()
                .spawn(
                    spec,
                    () -> {
                      runtime.sleeper().sleep(10);
                      return null;
                    }));
      }
      for (Task task : tasks) {
        task.join();
      }
    } finally {
      runtime.tasks().endRun(run, false);
    }
  }

  private static void typed(ScriptHost host, String builtin) {
    Outcome outcome =
        host.evaluate(
            "def ts = new ArrayList("
                + TASKS
                + "); "
                + TASKS
                + ".times { ts << "
                + builtin
                + " { sleep 10 } }; ts*.join()",
            "bench",
            false);
    if (outcome.failed()) {
      throw new IllegalStateException(outcome.error());
    }
  }
}
