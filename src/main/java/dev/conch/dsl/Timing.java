package dev.conch.dsl;

import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.scale.ScaleResult;
import dev.conch.runtime.scale.Scaling;
import dev.conch.view.Elapsed;
import dev.conch.view.ScaleChart;
import groovy.lang.Closure;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The built-ins {@code time} and {@code scale}: run the learner's block under a clock, print what
 * was measured in the session's {@link PrintStyle}, and return a value. The clock and the printer
 * are given, so tests need no real timings. Immutable; the block runs on the calling task.
 */
final class Timing {
  private final LongSupplier clock;
  private final PrintStream out;
  private final PrintStyle look;
  private final int cores;

  /** A timing on {@code clock} for a machine of {@code cores} cores (scale warns past them). */
  Timing(LongSupplier clock, PrintStream out, PrintStyle look, int cores) {
    this.clock = clock;
    this.out = out;
    this.look = look;
    this.cores = cores;
  }

  /** Timing on {@code runtime}'s clock, printing where its current task prints. */
  static Timing of(ConchRuntime runtime) {
    return new Timing(
        runtime.clock()::now,
        runtime.output().out(),
        CurrentRuntime.look(runtime),
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code block}, prints {@code took 1.234 s} (after {@code label:} when there is one) and
   * returns the block's value. A block that fails prints nothing and its error goes on.
   */
  Object time(String label, Closure<?> block) throws Exception {
    long start = clock.getAsLong();
    Object value = ClosureJob.unwrapped(block::call);
    String took = Elapsed.ofNanos(clock.getAsLong() - start);
    Messages messages = look.messages();
    out.println(
        label == null
            ? messages.get("time.took", took)
            : messages.get("time.took.label", label, took));
    return value;
  }

  /**
   * Calls {@code block} with each number of workers of {@code options}, prints the chart, returns
   * it.
   */
  ScaleResult scale(ScaleArgs options, Closure<?> block) throws Exception {
    ScaleResult result =
        Scaling.measure(
            options.sizes(),
            options.repeats(),
            options.warmups(),
            clock,
            n -> ClosureJob.unwrapped(() -> block.call(n)));
    out.println(ScaleChart.render(result, labels(look.messages()), look.colour(), cores));
    return result;
  }

  /** The chart's words in the language of {@code m}. */
  static ScaleChart.Labels labels(Messages m) {
    return new ScaleChart.Labels(
        m.get("scale.workers"),
        m.get("scale.time"),
        m.get("scale.speedup"),
        m.get("scale.efficiency"),
        m.get("scale.ideal"),
        m.get("scale.repeats"),
        m.get("scale.amdahl"),
        m.get("scale.noceiling"),
        m.get("scale.amdahl.beaten"),
        m.get("scale.cores"));
  }

  /** Parses {@code options} for {@code scale}, the sizes going up to this machine's cores. */
  static ScaleArgs options(Map<String, ?> options) {
    return ScaleArgs.parse(options, PoolArgs.cores());
  }
}
