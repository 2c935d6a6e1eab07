package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.scale.ScaleResult;
import dev.conch.view.ScaleChart;
import groovy.lang.Closure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code time} and {@code scale} as a learner types them, and their options' errors. */
class TimingDslTest extends DslFixture {
  private static final long MS = 1_000_000L;

  /** What a {@link Timing} under test printed. */
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  /**
   * A timing on a machine of four cores whose clock reads {@code ms} one after another, printing to
   * {@link #printed}.
   */
  private Timing timing(PrintStyle look, long... ms) {
    return timing(4, look, ms);
  }

  private Timing timing(int cores, PrintStyle look, long... ms) {
    Iterator<Long> ticks = java.util.Arrays.stream(ms).iterator();
    return new Timing(
        () -> ticks.next() * MS,
        new PrintStream(printed, true, StandardCharsets.UTF_8),
        look,
        cores);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  private Closure<?> closure(String code) {
    return (Closure<?>) value("c = " + code + "; c");
  }

  @Test
  void timeGivesBackTheBlocksValueAndPrintsHowLongItTook() {
    Object value = value("time { 6 * 7 }");

    assertThat(value).isEqualTo(42);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).matches("took (\\d+\\.\\d ms|\\d+\\.\\d{3} s)");
  }

  @Test
  void aLabelStartsTheLine() {
    assertThat(value("n = 2; time(\"answer $n\") { 6 * 7 }")).isEqualTo(42);

    assertThat(lines.get(0)).matches("answer 2: took .*");
  }

  @Test
  void theLineSaysTheTimeTheClockMeasured() throws Exception {
    Object value = timing(PrintStyle.PLAIN, 100, 1334).time(null, closure("{ -> 'done' }"));

    assertThat(value).isEqualTo("done");
    assertThat(printed()).isEqualTo("took 1.234 s\n");
  }

  @Test
  void theLineSpeaksTheSessionsLanguage() throws Exception {
    timing(new PrintStyle(Lang.ZH, false), 0, 42).time("素数", closure("{ -> 1 }"));

    assertThat(printed()).isEqualTo("素数：用时 42.0 ms\n");
  }

  @Test
  void aBlockThatFailsPrintsNothingAndItsErrorGoesOn() {
    Throwable error = error("time { throw new IllegalStateException('boom') }");

    assertThat(error).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(lines).isEmpty();
  }

  @Test
  void theShellsLookReachesTheBuiltins() {
    host.setLook(new PrintStyle(Lang.ZH, false));

    value("time { 1 }");

    assertThat(lines.get(0)).startsWith("用时 ");
  }

  @Test
  void scaleCallsTheBlockWithEachSizeAndPrintsTheChartOfWhatTheClockSaid() throws Exception {
    ScaleArgs options = new ScaleArgs(List.of(1, 2, 4), 1, 1);
    value("seen = []");
    Closure<?> block = closure("{ n -> seen << n }");

    ScaleResult result =
        timing(PrintStyle.PLAIN, 0, 800, 800, 1200, 1200, 1450).scale(options, block);

    assertThat(host.variables().get("seen")).isEqualTo(List.of(1, 1, 2, 4));
    assertThat(result.getRows())
        .extracting(ScaleResult.Row::speedup)
        .containsExactly(1.0, 2.0, 3.2);
    assertThat(printed())
        .isEqualTo(
            """
            workers      time  speed-up  efficiency
                  1  800.0 ms     1.00×        100%  ██████████
                  2  400.0 ms     2.00×        100%  ████████████████████
                  4  250.0 ms     3.20×         80%  ████████████████████████████████       |
            █ speed-up  | ideal: speed-up = workers
            each time: the fastest of 1 call(s) (repeat:), after 1 untimed warm-up call(s) with 1\
             worker (warmup:)
            Amdahl: serial part s = 0.058 (least squares), so at most 17.33× however many workers,\
             given a core each
            """);
  }

  @Test
  void moreWorkersThanCoresAreWarnedOf() throws Exception {
    ScaleArgs options = new ScaleArgs(List.of(1, 2, 8), 1, 0);

    timing(2, PrintStyle.PLAIN, 0, 800, 800, 1200, 1200, 1700).scale(options, closure("{ n -> }"));

    assertThat(printed().lines().toList())
        .last()
        .isEqualTo(
            "8 workers on 2 cores: past 2 workers they take turns on the cores, so work that only"
                + " computes gets no faster");
  }

  @Test
  void theChartSpeaksChinese() throws Exception {
    ScaleArgs options = new ScaleArgs(List.of(1, 2), 1, 0);

    timing(new PrintStyle(Lang.ZH, false), 0, 800, 800, 1300).scale(options, closure("{ n -> }"));

    assertThat(printed().lines())
        .containsExactly(
            "工作任务      用时  加速比  效率",
            "       1  800.0 ms   1.00×  100%  ████████████████████",
            "       2  500.0 ms   1.60×   80%  ████████████████████████████████       |",
            "█ 加速比  | 理想：加速比 = 工作任务数",
            "每个用时：1 次调用中最快的一次（repeat:）；之前先用 1 个工作任务热身 0 次，不计时（warmup:）",
            "阿姆达尔定律：串行部分 s = 0.250（最小二乘拟合），所以即使每个工作任务都有自己的核心，加速比也最多 4.00×");
  }

  @Test
  void theEnglishWordsOfTheChartAreTheBundles() {
    assertThat(Timing.labels(Messages.of(Lang.EN))).isEqualTo(ScaleChart.Labels.english());
  }

  @Test
  void scaleGivesRowsToExplore() {
    Object explored =
        value(
            "r = scale(workers: [4, 1, 2], repeat: 2, warmup: 0) { n -> n }; "
                + "[r.rows*.workers, r[0].speedup, r.collect { it.runs.size() }, r.size()]");

    assertThat(explored).isEqualTo(List.of(List.of(1, 2, 4), 1.0, List.of(2, 2, 2), 3));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("workers "));
  }

  @Test
  void byDefaultTheSizesDoubleUpToTheCoresAndAtLeastTwo() {
    value("seen = []; scale(warmup: 0) { n -> seen << n }");

    int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
    assertThat(host.variables().get("seen")).isEqualTo(ScaleArgs.doubling(cores));
    assertThat(ScaleArgs.doubling(2)).containsExactly(1, 2);
    assertThat(ScaleArgs.doubling(6)).containsExactly(1, 2, 4, 6);
    assertThat(ScaleArgs.doubling(8)).containsExactly(1, 2, 4, 8);
  }

  @Test
  void upToSetsTheMostWorkers() {
    value("seen = []; scale(upTo: 5, warmup: 2) { n -> seen << n }");

    assertThat(host.variables().get("seen")).isEqualTo(List.of(1, 1, 1, 2, 4, 5));
  }

  @Test
  void theBlockMayMakeAPoolOfN() {
    Object rows =
        value(
            "scale(upTo: 2) { n -> pool(n) { p -> p.map(1..200) { int k -> k * k } } }"
                + ".rows*.workers");

    assertThat(rows).isEqualTo(List.of(1, 2));
  }

  @Test
  void theBlocksErrorEndsScaleAsItWasThrown() {
    Throwable error = error("scale { n -> if (n > 1) throw new IllegalStateException('boom') }");

    assertThat(error).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    assertThat(lines).isEmpty();
  }

  @Test
  void badOptionsSayWhatWasWrongAndWhatIsExpected() {
    Map<String, String> errors =
        Map.ofEntries(
            Map.entry("scale(upto: 4) { }", "scale: unknown option 'upto'"),
            Map.entry(
                "scale(upTo: 4, workers: [1, 2]) { }",
                "scale: give either upTo: or workers:, not both"),
            Map.entry(
                "scale(upTo: 1) { }",
                "scale: option 'upTo' must be a whole number of 2 or more, not 1"),
            Map.entry(
                "scale(upTo: 'many') { }",
                "scale: option 'upTo' must be a whole number of 2 or more, not many"),
            Map.entry(
                "scale(repeat: 0) { }",
                "scale: option 'repeat' must be a whole number of 1 or more, not 0"),
            Map.entry(
                "scale(repeat: 1.5) { }",
                "scale: option 'repeat' must be a whole number of 1 or more, not 1.5"),
            Map.entry(
                "scale(warmup: -1) { }",
                "scale: option 'warmup' must be a whole number of 0 or more, not -1"),
            Map.entry("scale(workers: [2, 4]) { }", workers("[2, 4]")),
            Map.entry("scale(workers: [1]) { }", workers("[1]")),
            Map.entry("scale(workers: [1, 2, 2]) { }", workers("[1, 2, 2]")),
            Map.entry("scale(workers: [0, 1, 2]) { }", workers("[0, 1, 2]")),
            Map.entry("scale(workers: [1, 'two']) { }", workers("[1, two]")),
            Map.entry("scale(workers: 4) { }", workers("4")));
    errors.forEach(
        (code, message) ->
            assertThat(error(code)).as(code).isInstanceOf(UsageError.class).hasMessage(message));
    assertThat(lines).isEmpty();
  }

  private static String workers(String given) {
    return "scale: option 'workers' must list two or more different whole numbers of 1 or more, 1"
        + " among them, such as [1, 2, 4], not "
        + given;
  }

  @Test
  void aRangeGivesTheWorkers() {
    value("seen = []; scale(workers: 1..3, warmup: 0) { n -> seen << n }");

    assertThat(host.variables().get("seen")).isEqualTo(List.of(1, 2, 3));
  }

  @Test
  void everyBadOptionHasAChineseLineToo() {
    UsageError error = (UsageError) error("scale(repeat: 0) { }");

    assertThat(error.problem(Messages.of(Lang.ZH)))
        .isEqualTo("scale: 选项“repeat”必须是不小于 1 的整数，而不是 0");
  }
}
