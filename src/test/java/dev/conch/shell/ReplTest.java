package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.CommandTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole shell on a dumb terminal: typed lines in, what the learner sees out. */
class ReplTest {
  @Test
  void aMethodTypedAtThePromptSeesTheSessionVariable() throws Exception {
    String out =
        session(
            Lang.EN,
            "counter = 0",
            "def bump() { counter += 1; counter }",
            "bump()",
            "println bump()",
            "/exit");
    assertThat(outputLines(out)).contains("=> 1", "2");
  }

  @Test
  void aListOfTasksShowsEachTaskWithItsState() throws Exception {
    String out =
        session(
            Lang.EN,
            "ts = [spawn(name: 'a') { 1 }, spawn(name: 'b') { 2 }]; ts*.join(); ts",
            "[ts[0], 'x', null]",
            "/exit");
    assertThat(outputLines(out))
        .contains("=> [task a (done), task b (done)]", "=> [task a (done), 'x', null]");
  }

  @Test
  void joiningShowsNothingAsInPythonButAJoinWithATimeoutSaysWhetherEachEnded() throws Exception {
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "ts = [spawn { 1 }, spawn { 2 }]",
                "ts[0].join()",
                "ts*.join()",
                "ts*.join(1.0)",
                "ts*.result",
                "[null, null]",
                "/exit"));
    assertThat(lines.stream().filter(l -> l.startsWith("=> ")))
        .containsExactly("=> [true, true]", "=> [1, 2]", "=> [null, null]");
  }

  @Test
  void incompleteGroovyContinuesOnTheNextLine() throws Exception {
    String out = session(Lang.EN, "def add(a, b) {", "  a + b", "}", "add(2, 3)", "/exit");
    assertThat(outputLines(out)).contains("=> 5");
  }

  @Test
  void errorsAreOneLineAndTheShellGoesOn() throws Exception {
    String out =
        session(Lang.EN, "1/0", "x = ", "nosuch + 1", "/nosuch", "println 'alive'", "/exit");
    assertThat(outputLines(out))
        .contains(
            "error in main: ArithmeticException: Division by zero",
            "syntax error at line 1, column 5: Unexpected input: '<EOF>'",
            "error in main: nosuch is not defined (set it first, e.g. nosuch = 0)",
            "unknown command /nosuch: type /help for the list",
            "alive");
  }

  @Test
  void aVariableWhoseLineFailedSaysThatLineDidNotFinish() throws Exception {
    String out =
        session(
            Lang.EN,
            "d = [1, 2].get(5)",
            "d.size()",
            "int n = 1 / 0",
            "e = 1",
            "e2 = 1",
            "n",
            "d = 3",
            "println d + e",
            "/exit");
    List<String> lines = outputLines(out);
    assertThat(lines)
        .containsSubsequence(
            "error in main: d is not defined (set it first, e.g. d = 0)",
            "  the line that was to set it did not finish: d = [1, 2].get(5)",
            "error in main: n is not defined (set it first, e.g. n = 0)",
            "  the line that was to set it did not finish: int n = 1 / 0",
            "4");
    assertThat(lines).filteredOn(l -> l.contains("did not finish")).hasSize(2);
    String zh = session(Lang.ZH, "d = 1 / 0", "d", "/exit");
    assertThat(outputLines(zh)).contains("  本该给它赋值的那一行没有运行完：d = 1 / 0");
  }

  @Test
  void traceShowsTheLastStack() throws Exception {
    String out = session(Lang.EN, "/trace", "1/0", "/trace", "/exit");
    assertThat(out)
        .contains("no error yet")
        .contains("java.lang.ArithmeticException: Division by zero");
  }

  @Test
  void aBackgroundTasksOutputIsTaggedWithItsName() throws Exception {
    String out =
        session(Lang.EN, "t = spawn(name: 'ticker') { println 'tick' }", "t.join()", "/exit");
    // a dumb terminal blanks the prompt with spaces before printing above it
    assertThat(outputLines(out)).anyMatch(l -> l.strip().equals("[ticker] tick"));
  }

  @Test
  void helpListsEveryBuiltinAndCommand() throws Exception {
    String out = session(Lang.EN, "/help", "/exit");
    for (var builtin : dev.conch.dsl.Builtins.ALL) {
      assertThat(out).contains("  " + builtin.name() + " ");
    }
    for (Command command : CommandTable.ALL) {
      assertThat(out).contains(command.synopsis());
    }
  }

  @Test
  void helpOnOneBuiltinShowsHowToCallIt() throws Exception {
    String out = session(Lang.EN, "/help sleep", "/exit");
    assertThat(outputLines(out))
        .contains(
            "sleep — pause this task for ms milliseconds; Ctrl-C ends the pause",
            "  usage: sleep(ms)");
  }

  @Test
  void chineseGreetsAndHelpsInChinese() throws Exception {
    String out = session(Lang.ZH, "/help", "/exit");
    assertThat(out).contains("能“看见”并发的 Groovy 交互环境").contains("内置函数（Groovy 方法，随处可用）：");
  }

  @Test
  void langSwitchesTheLanguage() throws Exception {
    String out = session(Lang.EN, "/lang zh", "1/0", "/lang en", "/lang fr", "/exit");
    assertThat(outputLines(out))
        .contains("语言：中文", "main 出错：ArithmeticException: Division by zero", "language: English")
        .contains("unknown language 'fr', expected en or zh");
  }

  @Test
  void varsListsVariablesAndMethods() throws Exception {
    String out =
        session(Lang.EN, "a = 1; b = 'two'", "def f() { 1 }", "/vars", "/reset", "/vars", "/exit");
    assertThat(outputLines(out))
        .contains(
            "a = 1",
            "b = 'two'",
            "methods: f",
            "session reset: variables, methods, classes and imports forgotten",
            "no variables yet");
  }

  @Test
  void historyListsTypedLines() throws Exception {
    String out = session(Lang.EN, "x = 41", "/history", "/exit");
    assertThat(outputLines(out)).anyMatch(l -> l.matches("\\s+1  x = 41"));
  }

  @Test
  void runWithoutAScriptListsTheLessonsAndAnUnknownOneSaysWhatIsExpected() throws Exception {
    String out = session(Lang.EN, "/run", "/run Z99", "/exit");
    assertThat(outputLines(out))
        .contains(
            "Lessons (/run ID runs one, /demo ID shows it a step at a time; Tab after /run shows"
                + " them too):",
            "Threads",
            "  T08  A lock makes the race go away",
            "no script Z99: give an ID such as T01 or a .groovy file");
  }

  @Test
  void theTimelineAfterT01ShowsTheTwoThreadsOverlapping() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, "/run T01", "/timeline", "/exit"));
    String sing = row(lines, "sing ");
    String dance = row(lines, "dance ");
    int nameWidth = sing.indexOf(' ', 0) + 1;
    boolean overlap = false;
    for (int i = nameWidth + 1; i < Math.min(sing.length(), dance.length()); i++) {
      overlap |= sing.charAt(i) != ' ' && dance.charAt(i) != ' ';
    }
    assertThat(overlap).as("sing and dance share a column:%n%s%n%s", sing, dance).isTrue();
    assertThat(lines).anyMatch(l -> l.contains("█ running") && l.contains("· sleeping"));
  }

  private static String row(List<String> lines, String name) {
    return lines.stream()
        .filter(l -> l.startsWith(name))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no timeline row " + name + " in " + lines));
  }

  @Test
  void usageErrorsComeInTheLearnersLanguage() throws Exception {
    List<String> lines = outputLines(session(Lang.ZH, "spawn(demon: true) { }", "/exit"));
    assertThat(lines)
        .contains(
            "spawn: 没有选项“demon”",
            "  用法：spawn([name:, daemon:, kind: 'thread'|'virtual'|'process'|'coroutine', args: [],"
                + " start: true]) { … } | spawn(target: f, [args:, name:, …]) | spawn(f, arg, …)",
            "  参见：/help spawn");
  }

  @Test
  void misuseOfATaskIsExplainedInTheLearnersLanguage() throws Exception {
    List<String> zh =
        outputLines(
            session(
                Lang.ZH,
                "sleep(-5)",
                "t = spawn(name: 'quick') { 1 }; t.join(); t.daemon = true",
                "/exit"));
    assertThat(zh)
        .contains(
            "main 出错：sleep：-5 毫秒是负数，应为 0 或更大",
            "main 出错：任务 quick：daemon 要在任务启动前设置，而它现在的状态是“已完成”："
                + "写成 spawn(daemon: …) { … }，或先 spawn(start: false) { … }，设置好再 start()");
    List<String> en = outputLines(session(Lang.EN, "sleep(-5)", "/exit"));
    assertThat(en).contains("error in main: sleep: -5 ms is negative, expected 0 or more");
  }

  @Test
  void aFailingBackgroundTaskIsReportedInTheLanguageOfTheMoment() throws Exception {
    List<String> lines =
        outputLines(
            session(Lang.EN, "/lang zh", "t = spawn(name: 'bad') { 1/0 }", "t.join()", "/exit"));
    assertThat(lines)
        .anyMatch(l -> l.strip().equals("bad 出错：ArithmeticException: Division by zero"));
  }

  @Test
  void aLockTakenOnOneLineIsStillHeldByMainOnTheNext() throws Exception {
    List<String> lines =
        outputLines(
            session(
                Lang.EN,
                "a = lock('a')",
                "a.acquire()",
                "a.locked()",
                "a.release(); a.locked()",
                "a.release()",
                "/exit"));
    assertThat(lines)
        .containsSubsequence("=> true", "=> true", "=> false")
        .contains("error in main: lock a: task main does not hold it, so it cannot release it");
  }

  @Test
  void aDeadlockInARunScriptIsNamedAndCuredSoTheShellGoesOn() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, "/run T11", "println 'still here'", "/exit"));
    assertThat(lines)
        .anyMatch(
            l -> l.strip().equals("deadlock: one, two wait for each other and can never go on"))
        .contains("  ending these tasks now, and what they hold is freed", "still here")
        .noneMatch(l -> l.startsWith("=> ")); // the script's last line ends in a task
  }

  @Test
  void stepLetsTheClassChooseEveryTurnAndAlwaysTheSameTellerLosesNoDeposit() throws Exception {
    // alice is 1 at every step; when she has ended, the main line (joining her) is 1, then bob
    // runs alone
    String out = session(Lang.EN, "/step C10", "1", "1", "1", "1", "1", "/exit");
    List<String> lines = outputLines(out);
    assertThat(lines).contains("step 1, ready: 1) alice  2) bob");
    assertThat(lines).contains("balance: 60, after 6 deposits of 10 (60 if none was lost)");
  }

  @Test
  void stepWithASeedPlaysTheSameScheduleAndTheSameWrongBalanceAgain() throws Exception {
    String out = session(Lang.EN, "/step seed 3 C10", "/step seed 3 C10", "/exit");
    List<String> lines = outputLines(out);
    List<String> steps = lines.stream().filter(l -> l.startsWith("step ")).toList();
    assertThat(steps).isNotEmpty().allMatch(l -> l.matches("step \\d+: \\w+ runs \\(ready: .*\\)"));
    assertThat(steps.size() % 2).isZero();
    assertThat(steps.subList(steps.size() / 2, steps.size()))
        .as("the second run's choices")
        .isEqualTo(steps.subList(0, steps.size() / 2));
    List<String> balances = lines.stream().filter(l -> l.startsWith("balance: ")).toList();
    assertThat(balances).hasSize(2);
    assertThat(balances.get(1)).isEqualTo(balances.get(0)).doesNotStartWith("balance: 60,");
  }

  @Test
  void stepSaysWhatIsWrongWithItsWords() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, "/step", "/step seed x C10", "/exit"));
    assertThat(lines)
        .contains(
            "/step: /step [seed N] ID|FILE  try: /help step",
            "/step: seed 'x' is not a whole number, expected /step seed N ID|FILE  try: /help step");
  }
}
