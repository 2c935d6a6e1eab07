package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import org.junit.jupiter.api.Test;

/** Full and Empty as the learner reads them at the prompt, in both languages. */
class QueueErrorsTest {
  private static final String[] LINES = {
    "q = queue(1, 'jobs'); q << 1; null", "q.put(2, true, 0.1)", "q.get(); q.get_nowait()", "/exit"
  };

  @Test
  void fullAndEmptyNameTheQueueAndHowLongThePutWaited() throws Exception {
    assertThat(outputLines(session(Lang.EN, LINES)))
        .contains(
            "error in main: queue jobs: full (1 of 1 item); put waited 0.1 s",
            "error in main: queue jobs: empty");
  }

  @Test
  void fullAndEmptyAreSaidInChinese() throws Exception {
    assertThat(outputLines(session(Lang.ZH, LINES)))
        .contains("main 出错：队列 jobs：满了（1/1 个元素），put 等了 0.1 秒", "main 出错：队列 jobs：空的");
  }
}
