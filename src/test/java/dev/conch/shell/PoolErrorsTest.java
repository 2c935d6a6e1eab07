package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import org.junit.jupiter.api.Test;

/** The errors of pools as the learner reads them at the prompt, in both languages. */
class PoolErrorsTest {
  @Test
  void aFailingJobIsOneLineNamingItsCallWorkerAndJob() throws Exception {
    String out = session(Lang.EN, "pool(1).map([1, 0]) { 10 / it }", "/exit");

    assertThat(outputLines(out))
        .contains(
            "error in main: pool pool-1: fn(0) failed in pool-1-worker-1 (job 2):"
                + " ArithmeticException: Division by zero");
  }

  @Test
  void poolErrorsAreSaidInChinese() throws Exception {
    String out =
        session(
            Lang.ZH,
            "pool(1).map([1, 0]) { 10 / it }",
            "r = pool(1).apply_async { sleep 60000 }",
            "r.get(0.05)",
            "p = pool(1); p.close(); p.apply { 1 }",
            "/exit");

    assertThat(outputLines(out))
        .contains(
            "main 出错：池 pool-1：fn(0) 在 pool-1-worker-1 中失败（第 2 个任务）："
                + "ArithmeticException: Division by zero",
            "main 出错：池 pool-2 的任务（已完成 0/1）：0.05 秒内没有得到结果",
            "main 出错：池 pool-3：已关闭，不再接受新任务");
  }
}
