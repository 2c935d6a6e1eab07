package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.i18n.Lang;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.RuntimeError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Python's input() at the prompt: the next line typed is its answer, in a line or its tasks. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InputTest {
  @Test
  void theLineTypedAfterTheQuestionIsTheAnswer() throws Exception {
    List<String> out =
        outputLines(
            session(
                Lang.EN,
                "name = input('your name: ')",
                "alice",
                "println \"hi $name\"",
                "print 'age? '; age = input() as int",
                "41",
                "age + 1",
                "t = spawn { input('in a task: ') }; t.result",
                "bob",
                "/exit"));
    // a dumb terminal echoes no answer, so what follows the question lands on its line
    assertThat(out)
        .anyMatch(line -> line.startsWith("your name: ") && line.endsWith("hi alice"))
        .anyMatch(line -> line.startsWith("age? ") && line.endsWith("=> 42"))
        .anyMatch(line -> line.endsWith("in a task: => 'bob'"))
        .noneMatch(line -> line.contains("print adds no newline"))
        .noneMatch(line -> line.contains("alice is not defined"));
  }

  @Test
  void theEndOfTheInputIsOneLineAndTheShellGoesOn() throws Exception {
    List<String> zh = outputLines(session(Lang.ZH, "x = input('? ')"));
    assertThat(zh).anyMatch(line -> line.endsWith("input()：还没读到一行，输入就结束了（EOF）"));
  }

  /** A child process has no keyboard, as a multiprocessing child has none. */
  @Test
  void aProcessAskingGetsTheEndOfItsInputAtOnce() throws Exception {
    List<String> out =
        outputLines(session(Lang.EN, "p = process { input('x? ') }; p.join()", "/exit"));
    assertThat(out)
        .anyMatch(
            line ->
                line.matches(
                    "error in task-\\d+: input\\(\\): the input ended \\(EOF\\) before a line"
                        + " came"));
  }

  @Test
  void aTaskAskingWhileThePromptHasTheKeyboardIsToldSo() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
        Terminal terminal =
            new DumbTerminal(
                "test",
                Terminal.TYPE_DUMB,
                new ByteArrayInputStream("never read\n".getBytes(StandardCharsets.UTF_8)),
                screen,
                StandardCharsets.UTF_8)) {
      TerminalInput input = new TerminalInput(terminal, new Evaluator(runtime));
      assertThatThrownBy(() -> input.readLine("? "))
          .isInstanceOf(RuntimeError.class)
          .hasMessage(
              "input(): the prompt has the keyboard now: call input() in a line, or in a task that"
                  + " line waits for");
      assertThat(screen.toString(StandardCharsets.UTF_8)).doesNotContain("? ");
    }
  }
}
