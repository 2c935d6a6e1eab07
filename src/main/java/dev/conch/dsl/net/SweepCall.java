package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.CurrentRuntime;
import dev.conch.dsl.PrintStyle;
import dev.conch.dsl.UsageError;
import dev.conch.i18n.Messages;
import dev.conch.net.sweep.HostResult;
import dev.conch.net.sweep.Sweep;
import dev.conch.net.sweep.SweepInputError;
import dev.conch.net.sweep.SweepOptions;
import dev.conch.net.sweep.SweepResult;
import dev.conch.runtime.ConchRuntime;
import dev.conch.view.Elapsed;
import dev.conch.view.HostTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The built-in {@code sweep}: checks its options, says how it will probe (and why, when {@code
 * auto} falls back to TCP), runs the sweep on the calling task, then prints the hosts that
 * answered, the silent ones in runs, and the summary with the one-at-a-time estimate, in the
 * session's {@link PrintStyle}. Immutable; the sweep runs on the calling task.
 */
final class SweepCall {
  /** How many runs of silent addresses the silent line shows before it says how many more. */
  private static final int SILENT_RUNS_SHOWN = 8;

  private final LongSupplier clock;
  private final PrintStream out;
  private final PrintStyle look;

  SweepCall(LongSupplier clock, PrintStream out, PrintStyle look) {
    this.clock = clock;
    this.out = out;
    this.look = look;
  }

  /** A sweep on {@code runtime}'s clock, printing where its current task prints. */
  static SweepCall of(ConchRuntime runtime) {
    return new SweepCall(
        runtime.clock()::now, runtime.output().out(), CurrentRuntime.look(runtime));
  }

  /**
   * Sweeps {@code targets} with {@code options} and prints what it found.
   *
   * @throws UsageError when an option or a target is wrong, naming it and what is expected
   */
  SweepResult sweep(Map<String, ?> options, Object targets) {
    SweepArgs args = SweepArgs.parse(options);
    Messages m = look.messages();
    try (Sweep sweep = plan(targets, args.options())) {
      if (sweep.fallback() != null) {
        out.println(m.get("sweep.fallback", ports(args.options())));
      }
      if (args.quiet()) {
        return sweep.run(clock);
      }
      out.println(header(sweep, m));
      SweepResult result = sweep.run(clock);
      printHosts(result, m);
      if (!result.isComplete()) {
        out.println(m.get("sweep.stopped", result.getSwept(), result.size()));
      }
      out.println(summary(result, m));
      return result;
    }
  }

  private static Sweep plan(Object targets, SweepOptions options) {
    try {
      return Sweep.plan(targets, options);
    } catch (SweepInputError e) {
      throw new UsageError(Builtins.find("sweep").orElseThrow(), e.key(), e.args());
    }
  }

  private static String header(Sweep sweep, Messages m) {
    SweepOptions o = sweep.options();
    String retries = o.retries() == 0 ? "" : m.get("sweep.retries", o.retries(), o.backoff());
    String written = sweep.targets();
    return switch (sweep.probe()) {
      case ICMP ->
          m.get(
              "sweep.header.icmp",
              written,
              sweep.size(),
              sweep.socketKind().name().toLowerCase(Locale.ROOT),
              o.timeoutMillis(),
              retries);
      case PING -> m.get("sweep.header.ping", written, sweep.size(), o.timeoutMillis(), retries);
      case TCP, AUTO ->
          m.get("sweep.header.tcp", written, sweep.size(), ports(o), o.timeoutMillis(), retries);
    };
  }

  private void printHosts(SweepResult result, Messages m) {
    List<HostTable.Row> rows =
        result.getRows().stream()
            .filter(HostResult::answered)
            .map(r -> new HostTable.Row(r.getIp(), answer(r, m), r.rttNanos(), r.tries()))
            .toList();
    if (rows.isEmpty()) {
      out.println(m.get("sweep.none"));
    } else {
      out.println(
          HostTable.render(
              rows,
              new HostTable.Labels(
                  m.get("sweep.col.address"),
                  m.get("sweep.col.answer"),
                  m.get("sweep.col.rtt"),
                  m.get("sweep.col.tries"))));
    }
    List<String> silent = result.getSilentRanges();
    if (!silent.isEmpty()) {
      String shown =
          String.join(", ", silent.subList(0, Math.min(silent.size(), SILENT_RUNS_SHOWN)));
      if (silent.size() > SILENT_RUNS_SHOWN) {
        shown += ", " + m.get("sweep.silent.more", silent.size() - SILENT_RUNS_SHOWN);
      }
      out.println(m.get("sweep.silent", result.getSilent().size(), shown));
    }
  }

  private static String answer(HostResult row, Messages m) {
    return switch (row.method()) {
      case TCP -> m.get(row.open() ? "sweep.answer.open" : "sweep.answer.refused", row.port());
      case PING -> m.get("sweep.answer.ping");
      case ICMP, AUTO -> m.get("sweep.answer.echo");
    };
  }

  /** {@code 41 of 254 answered (ICMP, timeout 500 ms) in 0.84 s; one at a time … ≈ 3 min 34 s}. */
  static String summary(SweepResult result, Messages m) {
    return m.get(
        result.isComplete() ? "sweep.summary" : "sweep.summary.partial",
        result.getAlive().size(),
        result.getSwept(),
        m.get("sweep.method." + result.getProbe()),
        result.options().timeoutMillis(),
        String.format(Locale.ROOT, "%.2f s", result.getElapsed()),
        Elapsed.rough(result.getSerial()));
  }

  private static String ports(SweepOptions options) {
    return options.ports().stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
