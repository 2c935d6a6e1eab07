package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.shell.errors.RuntimeWords;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Messages in Chinese read in Chinese: runtime objects by their Chinese kind, names as typed. */
@Timeout(120)
class ChineseMessagesTest {
  @Test
  void aQueueAndALockInAnErrorAreNamedInChinese() throws Exception {
    List<String> lines =
        outputLines(
            session(
                Lang.ZH,
                "q = queue('jobs')",
                "q.get_nowait()",
                "m = lock('m')",
                "m.acquire(); m.acquire()",
                "/exit"));
    assertThat(lines)
        .contains(
            "main 出错：队列 jobs：空的",
            "main 出错：锁 m：任务 main 已经持有它，再次获取会永远等下去（自己把自己锁死）；需要重复获取时请用 rlock()");
  }

  @Test
  void whatCannotGoToAProcessIsNamedInChinese() throws Exception {
    List<String> lines =
        outputLines(
            session(
                Lang.ZH,
                "process(target: { o -> o }, args: [new Object()])",
                "[1].each { def s = new Object(); process { println s } }",
                "/exit"));
    assertThat(lines)
        .contains(
            "main 出错：process：它的参数（类型 java.lang.Object）无法复制到子进程；"
                + "请传它里面的值，或者通过 queue、pipe 或 manager 共享",
            "main 出错：process：变量 's'（类型 java.lang.Object）无法复制到子进程；"
                + "请传它里面的值，或者通过 queue、pipe 或 manager 共享");
  }

  @Test
  void aTaskAndItsStateInAnErrorAreSaidInChinese() throws Exception {
    List<String> lines =
        outputLines(
            session(
                Lang.ZH,
                "t = spawn(name: 'quick') { 1 }; t.join(); t.daemon = true",
                "t.switchTo()",
                "/exit"));
    assertThat(lines)
        .contains(
            "main 出错：任务 quick：daemon 要在任务启动前设置，而它现在的状态是“已完成”："
                + "写成 spawn(daemon: …) { … }，或先 spawn(start: false) { … }，设置好再 start()",
            "main 出错：任务 quick 是 thread，不是协程：只能切换到协程");
  }

  @Test
  void theSameErrorsStayInEnglishInEnglish() throws Exception {
    List<String> lines =
        outputLines(session(Lang.EN, "q = queue('jobs')", "q.get_nowait()", "/exit"));
    assertThat(lines).contains("error in main: queue jobs: empty");
  }

  @Test
  void aDeadlockReportNamesItsLocksInChinese() throws Exception {
    List<String> lines = outputLines(session(Lang.ZH, "/run T11", "/exit"));
    assertThat(lines)
        .anyMatch(l -> l.strip().equals("one 持有 锁 A，等待 锁 B，而它被 two 持有"))
        .anyMatch(l -> l.strip().equals("two 持有 锁 B，等待 锁 A，而它被 one 持有"));
  }

  @Test
  void theStatusLineSaysEveryStateInTheSameForm() {
    Messages zh = Messages.of(Lang.ZH);
    assertThat(List.of("running", "sleeping", "waiting", "blocked"))
        .allSatisfy(state -> assertThat(zh.get("state." + state)).endsWith("中"));
  }

  @Test
  void labelsKeepTheirNamesAndLeaveOtherTextAlone() {
    Messages zh = Messages.of(Lang.ZH);
    assertThat(RuntimeWords.localized("bounded semaphore s-1", zh)).isEqualTo("有界信号量 s-1");
    assertThat(RuntimeWords.localized("lifo queue stack", zh)).isEqualTo("后进先出队列 stack");
    assertThat(RuntimeWords.localized("this thread", zh)).isEqualTo("这个线程");
    assertThat(RuntimeWords.localized("queue is a word", zh)).isEqualTo("queue is a word");
    assertThat(RuntimeWords.localized("task main", Messages.of(Lang.EN))).isEqualTo("task main");
  }
}
