package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lines that train the launcher's AOT cache run as a learner's would, and only the one meant to
 * fail does: a line that broke when an API changed would leave what follows it untrained, and
 * nobody would see it, since the training's terminal prints nowhere.
 */
class TrainingTest {
  @Test
  @Timeout(value = 55, unit = TimeUnit.SECONDS)
  void everyTrainingLineButTheDivisionByZeroSucceeds() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, Repl.TRAINING.toArray(String[]::new)));

    assertThat(lines.stream().filter(l -> l.startsWith("error") || l.contains("Exception")))
        .containsExactly("error in main: ArithmeticException: Division by zero");
    assertThat(lines).contains("=> 42", "=> 20000", "=> 430");
  }
}
