package dev.conch.shell.teach;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** /demo on a dumb terminal, each key a line of piped input (an empty line is Enter). */
class DemoCommandTest {
  private static final String HINT =
      "(Enter: run · b: back · r: run the last step again · q: quit · ?: keys)";

  @TempDir Path dir;
  private Path script;

  @BeforeEach
  void writeScript() throws Exception {
    script = dir.resolve("steps.groovy");
    Files.writeString(
        script,
        String.join(
            "\n",
            "// First, a variable.",
            "x = 1",
            "println \"x is $x\"",
            "",
            "// Then one more.",
            "x += 1",
            "println \"x is now $x\"",
            "",
            "// A method with a blank line inside stays whole.",
            "def twice(n) {",
            "",
            "  n * 2",
            "}",
            "twice(x)",
            ""));
  }

  @Test
  void eachStepShowsItsProseAndCodeAndEnterRunsItInTheSession() throws Exception {
    String out = session(Lang.EN, "/demo " + script, "", "", "", "x", "/exit");
    // the code is shown as if typed at the prompt
    assertThat(out.lines())
        .contains("conch> x = 1", "  ...> println \"x is $x\"", "  ...>   n * 2");
    List<String> lines = outputLines(out);
    assertThat(lines)
        .containsSubsequence(
            "── steps.groovy · step 1 of 3 ──",
            "First, a variable.",
            "x = 1",
            "println \"x is $x\"",
            HINT,
            "x is 1",
            "── steps.groovy · step 2 of 3 ──",
            "Then one more.",
            "x += 1",
            "println \"x is now $x\"",
            HINT,
            "x is now 2",
            "── steps.groovy · step 3 of 3 ──",
            "A method with a blank line inside stays whole.",
            "def twice(n) {",
            "",
            "  n * 2",
            "}",
            "twice(x)",
            HINT,
            "=> 4",
            "end of the demo of steps.groovy",
            "=> 2"); // the line typed after the demo: its variables stay
  }

  @Test
  void backShowsThePreviousStepAgainAndEnterRunsItAgain() throws Exception {
    List<String> lines =
        outputLines(session(Lang.EN, "/demo " + script, "", "b", "", "r", "q", "x", "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "── steps.groovy · step 1 of 3 ──",
            "x is 1", // Enter
            "── steps.groovy · step 2 of 3 ──",
            "── steps.groovy · step 1 of 3 ──", // b
            "x is 1", // Enter runs step 1 again
            "── steps.groovy · step 2 of 3 ──",
            "x is 1", // r runs the last step, 1, once more
            "── steps.groovy · step 2 of 3 ──",
            "demo stopped at step 2 of 3", // q
            "=> 1");
    assertThat(lines).filteredOn("x is 1"::equals).hasSize(3);
    assertThat(lines).doesNotContain("x is now 2", "end of the demo of steps.groovy");
  }

  @Test
  void theOtherKeysSayWhatTheyCan() throws Exception {
    List<String> lines =
        outputLines(session(Lang.EN, "/demo " + script, "r", "b", "?", "z", "q", "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "no step has run yet; Enter runs the one shown",
            "this is the first step",
            "── steps.groovy · step 1 of 3 ──",
            "keys:",
            "  Enter  run the step shown, as if typed at the prompt",
            "  b      go back one step; Enter runs it again",
            "  r      run the last step again",
            "  q      end the demo here; its tasks go on",
            "  ?      this list",
            HINT,
            "demo stopped at step 1 of 3");
  }

  @Test
  void theEndOfThePipedInputEndsTheDemo() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, "/demo " + script, ""));
    assertThat(lines).containsSubsequence("x is 1", "demo stopped at step 2 of 3");
  }

  @Test
  @Timeout(60)
  void t10StepsThroughToTheDeadlockAndFinishesAsRunDoes() throws Exception {
    List<String> lines =
        outputLines(session(Lang.EN, "/demo T10", "", "", "", "", "println 'still here'", "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "── T10-deadlock-accounts.groovy · step 1 of 4 ──",
            "T10 Two transfers in opposite directions deadlock",
            "class Account {",
            "── T10-deadlock-accounts.groovy · step 4 of 4 ──",
            "spawn(name: 'alice-to-bob') { transfer(alice, bob, 10) }",
            "deadlock: alice-to-bob, bob-to-alice wait for each other and can never go on",
            "  ending these tasks now, and what they hold is freed",
            "end of the demo of T10-deadlock-accounts.groovy",
            "still here");
    assertThat(lines)
        .contains(
            "[alice-to-bob] alice-to-bob: locked alice, now needs bob",
            "[bob-to-alice] bob-to-alice: locked bob, now needs alice",
            "  alice-to-bob holds lock alice and waits for lock bob, which bob-to-alice holds",
            "  bob-to-alice holds lock bob and waits for lock alice, which alice-to-bob holds");
  }

  @Test
  void badInputIsOneLineSayingWhatIsExpected() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.groovy"), "\n\n");
    List<String> lines =
        outputLines(
            session(Lang.EN, "/demo", "/demo T10 T11", "/demo Z99", "/demo " + empty, "/exit"));
    assertThat(lines)
        .containsSubsequence(
            "/demo: /demo ID|FILE  try: /help demo",
            "/demo: /demo ID|FILE  try: /help demo",
            "no script Z99: give an ID such as T01 or a .groovy file",
            "demo: empty.groovy: nothing to show; expected Groovy code or // comments");
  }

  @Test
  void helpOnDemoExplainsTheKeysAndMarkersInBothLanguages() throws Exception {
    List<String> en = outputLines(session(Lang.EN, "/help demo", "/exit"));
    assertThat(en)
        .contains(
            "/demo ID|FILE — step through a script for a class: its comments as prose, each step run on Enter",
            "  // --- on a line of its own ends a step anywhere; code between // {{{ and // }}} stays one step");
    List<String> zh = outputLines(session(Lang.ZH, "/demo " + script, "", "q", "/exit"));
    assertThat(zh)
        .contains(
            "── steps.groovy · 第 1 步，共 3 步 ──",
            "（回车：运行 · b：退回 · r：重新运行上一步 · q：退出 · ?：按键说明）",
            "演示停在第 2 步（共 3 步）");
  }
}
