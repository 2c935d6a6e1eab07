package dev.conch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up as a user feels it: the time to Conch's prompt and to the first result of {@code -e
 * 'println 1'}, through the launcher and through the {@code java} command it execs, beside jshell
 * and python3 timed the same way in the same run. Targets from the issue: prompt ≤ 0.4 s, first
 * result ≤ 1.0 s.
 */
final class StartupBenchmark implements Benchmark {
  static final int WARMUPS = 1;
  static final int RUNS = 5;
  static final Duration PROMPT_TARGET = Duration.ofMillis(400);
  static final Duration RESULT_TARGET = Duration.ofSeconds(1);

  /** Every child runs in plain mode, with stdin a pipe, as a script or a test would run it. */
  private static final Map<String, String> ENV = Map.of("NO_COLOR", "1", "TERM", "dumb");

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public void run(Report report) throws InterruptedException {
    report.note(
        "seconds from process start; median, min and max of "
            + RUNS
            + " runs after "
            + WARMUPS
            + " warm-up; children get NO_COLOR=1 TERM=dumb and stdin a pipe");
    report.note(
        "targets: conch prompt <= "
            + ReportTable.seconds(PROMPT_TARGET)
            + ", first result <= "
            + ReportTable.seconds(RESULT_TARGET));
    double loadAtStart = Machine.load();
    Path shell = Machine.conchHome().resolve("shell");
    report.note("./shell: " + shell + " (JDK lookup and rebuild check, then exec java)");
    conch(report, "./shell", List.of(shell.toString()));
    try {
      List<String> java = LauncherCommand.of(shell);
      report.note("java: " + String.join(" ", java));
      conch(report, "java -jar", java);
    } catch (ProbeException e) {
      report.note("java: skipped: " + e.getMessage());
    }
    jshell(report);
    python3(report);
    report.note(Machine.describe(loadAtStart, Machine.load()));
  }

  private static void conch(Report report, String how, List<String> command)
      throws InterruptedException {
    Probe prompt =
        Probe.prompt("conch " + how, command, ENV, Probe.Output.STDOUT, "conch> ", "/exit\n");
    measure(report, Subject.CONCH, prompt, Measure.PROMPT);
    List<String> oneLine = new ArrayList<>(command);
    oneLine.addAll(List.of("-e", "println 1"));
    Probe result =
        Probe.result("conch " + how + " -e 'println 1'", oneLine, ENV, Marker.line("1"), "");
    measure(report, Subject.CONCH, result, Measure.FIRST_RESULT, Measure.EXIT);
  }

  private static void jshell(Report report) throws InterruptedException {
    Optional<Path> jshell = Tools.jshell();
    if (jshell.isEmpty()) {
      report.note("jshell: skipped: no bin/jshell in " + System.getProperty("java.home"));
      return;
    }
    report.note(
        "jshell: " + jshell.get() + " (prints its prompt with stdin a pipe; echoes input lines)");
    List<String> command = List.of(jshell.get().toString());
    Probe prompt = Probe.prompt("jshell", command, ENV, Probe.Output.STDOUT, "jshell> ", "/exit\n");
    measure(report, Subject.JSHELL, prompt, Measure.PROMPT);
    // With TERM=dumb jshell echoes each input line, so its first result is computed: "conch1"
    // appears only in the output, never in the echo of the code.
    String code = "System.out.println(\"conch\" + 1)";
    Probe result =
        Probe.result(
            "jshell <<< " + code, command, ENV, Marker.containing("conch1\n"), code + "\n/exit\n");
    measure(report, Subject.JSHELL, result, Measure.FIRST_RESULT, Measure.EXIT);
  }

  private static void python3(Report report) throws InterruptedException {
    Optional<Path> onPath = Tools.onPath("python3");
    if (onPath.isEmpty()) {
      report.note("python3: skipped: none on the PATH");
      return;
    }
    Path python;
    try {
      python = Tools.interpreter(onPath.get());
    } catch (ProbeException e) {
      report.note("python3: " + e.getMessage() + "; timing it as it is");
      python = onPath.get();
    }
    boolean same = python.equals(onPath.get());
    report.note("python3: " + python + (same ? "" : " (what " + onPath.get() + " runs)"));
    Probe prompt =
        Probe.prompt(
            "python3 -i",
            List.of(python.toString(), "-i"),
            ENV,
            Probe.Output.STDERR,
            ">>> ",
            "exit()\n");
    measure(report, Subject.PYTHON3, prompt, Measure.PROMPT);
    List<String> print = List.of(python.toString(), "-c", "print(1)");
    Probe result = Probe.result("python3 -c 'print(1)'", print, ENV, Marker.line("1"), "");
    measure(report, Subject.PYTHON3, result, Measure.FIRST_RESULT, Measure.EXIT);
  }

  /** Times {@code probe} and adds one row per measure, named after the probe; or a note. */
  private static void measure(Report report, Subject subject, Probe probe, Measure... measures)
      throws InterruptedException {
    report.progress("startup: " + probe.name() + " …");
    List<Timing> timings;
    try {
      timings = TimedRun.repeat(probe, WARMUPS, RUNS);
    } catch (ProbeException e) {
      report.note("failed: " + e.getMessage());
      return;
    }
    for (Measure measure : measures) {
      Stats stats =
          Stats.of(
              timings.stream()
                  .map(t -> measure == Measure.EXIT ? t.toExit() : t.toMarker())
                  .toList());
      report.add(
          subject == Subject.CONCH
              ? Row.conch(probe.name(), measure, stats, target(measure))
              : Row.baseline(probe.name(), subject, measure, stats));
    }
  }

  private static Duration target(Measure measure) {
    return switch (measure) {
      case PROMPT -> PROMPT_TARGET;
      case FIRST_RESULT -> RESULT_TARGET;
      case EXIT -> null;
    };
  }
}
