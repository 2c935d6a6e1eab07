package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.util.List;
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

  /**
   * Python's apply_async never calls the callback of a failing job and says nothing: here the
   * failure is said once the line ends, unless the line asked for the result or gave an error
   * callback, and a map's failure goes to its caller alone.
   */
  @Test
  void aJobFailureNobodyAskedAboutIsSaidOnceTheLineEnds() throws Exception {
    String out =
        session(
            Lang.EN,
            "def page(u) { if (u == 'b') throw new IOException(\"no page $u\"); u }",
            "p = pool(2); ['a', 'b'].each { p.apply_async(this.&page, args: [it],"
                + " callback: { println \"got $it\" }) }; p.close(); p.join()",
            "pool(2).map_async(this.&page, ['a', 'b']).get()",
            "r = pool(1).apply_async(this.&page, args: ['b'], error_callback: { println 'heard' });"
                + " r.wait(); null",
            "pool(1).map(['b'], this.&page)",
            "/exit");

    List<String> lines = anyWorker(out);
    assertThat(lines)
        .containsSubsequence(
            "[pool-1-worker-N] got a",
            "error in pool-1-worker-N: pool pool-1: page('b') failed in pool-1-worker-N (job 2):"
                + " IOException: no page b",
            "error in main: pool pool-2: page('b') failed in pool-2-worker-N (job 2):"
                + " IOException: no page b",
            "[pool-3-worker-N] heard",
            "error in main: pool pool-4: page('b') failed in pool-4-worker-N (job 1):"
                + " IOException: no page b");
    assertThat(lines).filteredOn(line -> line.contains("no page b")).hasSize(3);
  }

  /** A process's error comes back itself, and is worded as the same error here would be. */
  @Test
  void aProcesssErrorIsWordedAsTheSameErrorHereWouldBe() throws Exception {
    String out =
        session(
            Lang.EN,
            "p = process { nosuch(1) }; p.join()",
            "q = process { [1].foo() }; q.join()",
            "r = process { lock('a').release() }; r.join()",
            "/exit");

    assertThat(outputLines(out))
        .anySatisfy(
            line -> assertThat(line).matches("error in task-\\d+: nosuch\\(\\) is not defined .*"))
        .anySatisfy(
            line ->
                assertThat(line).matches("error in task-\\d+: ArrayList has no method foo\\(\\)"))
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "error in task-(\\d+): lock a: task task-\\1 does not hold it, so it"
                            + " cannot release it"))
        .noneMatch(line -> line.contains("MissingMethodException"));
  }

  /**
   * concurrent.futures keeps a failure quiet until result(); here a line that never asks hears it.
   */
  @Test
  void aSubmittedJobsFailureNobodyAskedAboutIsSaidOnceTheLineEnds() throws Exception {
    String out =
        session(
            Lang.EN,
            "ex = executor(2); ex.submit { throw new IOException('gone') }; ex.shutdown(wait: true)",
            "executor(1).submit { throw new IOException('asked') }.result()",
            "f = executor(1).submit { throw new IOException('looked') }; f.exception().message",
            "/exit");

    List<String> lines = anyWorker(out);
    assertThat(lines)
        .containsSubsequence(
            "error in executor-1-worker-N: executor executor-1: fn() failed in"
                + " executor-1-worker-N (job 1): IOException: gone",
            "error in main: executor executor-2: fn() failed in executor-2-worker-N (job 1):"
                + " IOException: asked",
            "=> 'looked'");
    assertThat(lines).filteredOn(line -> line.contains("IOException")).hasSize(2);
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

  /**
   * The lines of {@code out} with each worker's number as N: which worker takes a job is the pool's
   * to choose.
   */
  private static List<String> anyWorker(String out) {
    return outputLines(out).stream()
        .map(line -> line.replaceAll("worker-\\d", "worker-N"))
        .toList();
  }
}
