package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.i18n.HelpTopics;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.shell.errors.DeadlockReporter;
import dev.conch.shell.errors.ErrorText;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every help page's example runs as the page says, in both languages: each line typed at the prompt
 * is evaluated in one fresh session, in order, as the shell evaluates it, and must succeed and show
 * the value the page shows (or no value where the page shows none), or fail with the error line the
 * page shows. /-commands in an example are skipped (they are not Groovy); printed lines are not
 * compared, since tasks print them in an order that differs from run to run.
 *
 * <p>The processes and ipc examples start a child JVM: 1–2 s on an idle machine, 5–8 s on a loaded
 * one. They run in English only; their Chinese pages are skipped, since {@link
 * #theChinesePagesRunTheSameCodeAsTheEnglishOnes} holds the code, values and errors of both alike
 * and a second run would test only the child's start-up again.
 */
class HelpExamplesTest {
  private static final String PROCESS = "kind: 'process'";

  static Stream<Arguments> pages() {
    return HelpTopics.ALL.stream()
        .flatMap(topic -> Stream.of(Lang.values()).map(lang -> Arguments.of(topic, lang)));
  }

  @ParameterizedTest(name = "{1}/{0}")
  @MethodSource("pages")
  @Timeout(90)
  void theExampleRunsAndShowsWhatThePageSays(String topic, Lang lang) {
    Messages messages = Messages.of(lang);
    HelpExample example = example(topic, messages);
    assertThat(example.steps()).as(lang.code() + "/" + topic + " has an example").isNotEmpty();
    assumeTrue(
        lang == Lang.EN || example.steps().stream().noneMatch(s -> s.code().contains(PROCESS)),
        "starts a child process: run for the English page only");
    ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
    try {
      ScriptHost host = new ScriptHost(runtime, runtime.output().out());
      for (HelpExample.Step step : example.steps()) {
        if (!step.isCommand()) {
          check(host.evaluate(step.code(), topic, step.wholeScript()), step, messages, topic);
        }
      }
    } finally {
      runtime.close();
    }
  }

  private static void check(
      Outcome outcome, HelpExample.Step step, Messages messages, String topic) {
    String where = messages.lang().code() + "/" + topic + ": " + step.code();
    if (step.error() != null) {
      assertThat(outcome.failed()).as(where + " fails").isTrue();
      assertThat(ErrorText.lines(outcome.error(), "main", messages).get(0))
          .as(where)
          .isEqualTo(step.error());
      return;
    }
    assertThat(outcome.failed())
        .as(() -> where + " failed: " + ErrorText.lines(outcome.error(), "main", messages))
        .isFalse();
    String shown = outcome.showValue() ? OutcomeReport.render(outcome.value()) : null;
    if (step.shown() != null && step.shown().startsWith("~") && shown != null) {
      assertThat(shape(shown)).as(where + " shows " + shown).isEqualTo(shape(step.shown()));
    } else {
      assertThat(shown).as(where).isEqualTo(step.shown());
    }
  }

  /** A value with each run of digits as {@code #}: {@code ~0.28} and {@code 0.31} match. */
  private static String shape(String value) {
    return value.replaceFirst("^~", "").replaceAll("[0-9]+", "#");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  @Timeout(30)
  void theDeadlockPageShowsTheReportAndTheCureAsTheShellPrintsThem(Lang lang) throws Exception {
    Messages messages = Messages.of(lang);
    List<HelpExample.Step> steps = example("deadlock", messages).steps();
    HelpExample.Step forming = steps.get(1);
    HelpExample.Step cure = steps.get(2);
    assertThat(cure.code()).isEqualTo("/cure");
    CompletableFuture<String> report = new CompletableFuture<>();
    DeadlockReporter reporter = new DeadlockReporter(() -> messages, report::complete, false);
    ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
    try {
      runtime.deadlocks().addListener(reporter);
      runtime.deadlocks().start();
      ScriptHost host = new ScriptHost(runtime, runtime.output().out());
      host.evaluate(steps.get(0).code(), "deadlock", false);
      host.evaluate(forming.code(), "deadlock", false);
      assertThat(report.get(20, TimeUnit.SECONDS).lines().map(String::strip))
          .containsExactlyElementsOf(forming.printed());
      reporter.latest().cure();
      assertThat(cure.printed()).containsExactly(messages.get("deadlock.cured", "left, right"));
      Outcome ended = host.evaluate("ts*.join(); ts*.state*.toString()", "deadlock", false);
      assertThat(ended.value()).isEqualTo(List.of("cancelled", "cancelled"));
    } finally {
      runtime.close();
    }
  }

  @Test
  void theChinesePagesRunTheSameCodeAsTheEnglishOnes() {
    for (String topic : HelpTopics.ALL) {
      assertThat(comparable(topic, Lang.ZH)).as(topic).isEqualTo(comparable(topic, Lang.EN));
    }
  }

  /** What must be the same in both languages: the code, the values shown, where errors are. */
  private static List<String> comparable(String topic, Lang lang) {
    return example(topic, Messages.of(lang)).steps().stream()
        .map(
            s ->
                s.code()
                    + " | "
                    + s.wholeScript()
                    + " | "
                    + s.shown()
                    + " | "
                    + (s.error() != null))
        .toList();
  }

  private static HelpExample example(String topic, Messages messages) {
    String page = messages.helpPage(topic).orElseThrow();
    return HelpExample.parse(page, messages.get("error.runtime", "main", ""));
  }
}
