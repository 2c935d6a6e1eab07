package dev.conch.shell.errors;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A race as the learner reads it at the prompt, in English and Chinese: one line above the prompt
 * naming the variable, both tasks, their lines and that neither held a lock; /races lists it; the
 * same loop under a lock says nothing.
 */
@Timeout(60)
class RaceReportTest {
  private static final String RACY =
      "counter = 0; ts = (1..2).collect { n -> spawn(name: \"t$n\") { 100000.times { counter++ } }"
          + " }; ts*.join()";
  private static final String LOCKED =
      "m = lock('m'); counter = 0; ts = (1..2).collect { n -> spawn(name: \"t$n\") { 100000.times"
          + " { m.withLock { counter++ } } } }; ts*.join()";

  private static List<String> races(List<String> lines, String start) {
    return lines.stream().filter(l -> l.startsWith(start)).toList();
  }

  @Test
  void theRaceOfTwoTasksSteppingACounterIsOneLineNamingBoth() throws Exception {
    List<String> out = outputLines(session(Lang.EN, RACY, "/races", "/exit"));
    List<String> said = races(out, "race on counter: ");
    assertThat(said).hasSize(1);
    assertThat(said.get(0))
        .matches(
            "race on counter: (read|written) by t[12] \\(line 1, holding nothing\\) and (read|written)"
                + " by t[12] \\(line 1, holding nothing\\) — hold one lock around both, or let one"
                + " task finish first")
        .contains("t1")
        .contains("t2");
    assertThat(out).contains("races found (the last 1):", "  " + said.get(0));
  }

  @Test
  void twoTasksThatEachSetTheVariableAreToldHowToHaveOneEach() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "ts = (1..2).collect { n -> spawn(name: \"t$n\") { p = n * 10; p + 1 } }; ts*.join()",
                "/exit"));
    assertThat(races(out, "race on p: "))
        .singleElement()
        .asString()
        .matches(
            "race on p: written by t[12] \\(line 1, holding nothing\\) and written by t[12]"
                + " \\(line 1, holding nothing\\) — hold one lock around both, or let one task"
                + " finish first; if each task needs a p of its own, write def p = … inside the"
                + " task");
  }

  @Test
  void aCountersRaceIsFoundAtARead() throws Exception {
    List<String> said = races(outputLines(session(Lang.EN, RACY, "/exit")), "race on counter: ");
    assertThat(said).singleElement().asString().contains("read by").doesNotContain("def counter");
  }

  @Test
  void theTimelineMarksBothTasksWhereTheRaceWasFound() throws Exception {
    List<String> out = outputLines(session(Lang.EN, RACY, "/timeline", "/exit"));
    assertThat(out).anyMatch(l -> l.matches("t1 +[█·░▒ ]*![█·░▒ !]*"));
    assertThat(out).anyMatch(l -> l.matches("t2 +[█·░▒ ]*![█·░▒ !]*"));
    assertThat(out).anyMatch(l -> l.endsWith("! race (/races)"));
  }

  @Test
  void theSameLoopUnderALockSaysNothing() throws Exception {
    List<String> out = outputLines(session(Lang.EN, LOCKED, "counter", "/races", "/exit"));
    assertThat(races(out, "race on")).isEmpty();
    assertThat(out)
        .contains("=> 200000")
        .contains("no race found so far: each race on a session variable is said once per run");
  }

  @Test
  void inChineseTheLineIsChineseToo() throws Exception {
    List<String> out = outputLines(session(Lang.ZH, RACY, "/exit"));
    List<String> said = races(out, "数据竞争 counter：");
    assertThat(said).hasSize(1);
    assertThat(said.get(0))
        .matches(
            "数据竞争 counter：由 t[12] (读取|写入)（第 1 行，未持有任何锁），以及由 t[12] (读取|写入)（第 1 行，未持有任何锁）"
                + " —— 用同一把锁把两处都包起来，或者让一个任务先结束");
  }
}
