package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.ShellFixture;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code time} and {@code scale} print in the language of the moment, at the prompt and in files.
 */
class TimingShellTest {
  @Test
  void timeSpeaksTheLanguageThatLangChose() throws Exception {
    List<String> lines =
        ShellFixture.outputLines(
            ShellFixture.session(Lang.EN, "time { 6 * 7 }", "/lang zh", "time { 1 }", "/exit"));

    assertThat(lines).anySatisfy(line -> assertThat(line).matches("took \\d.*"));
    assertThat(lines).contains("=> 42");
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("用时 \\d.*"));
  }

  @Test
  void aScriptRunInChinesePrintsTheChartInChineseWithoutColours() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Batch batch =
        new Batch(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Messages.of(Lang.ZH));

    int code = batch.runCode("scale(workers: [1, 2], warmup: 0) { n -> n }", "s", List.of());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).startsWith("工作任务 ").contains("阿姆达尔定律").doesNotContain("\u001b");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
