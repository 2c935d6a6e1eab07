package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.runtime.errors.RuntimeError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A script's input(): the question on its output at once, the answer from its input. */
@Timeout(10)
class LineInputTest {
  @Test
  void theQuestionIsWrittenBeforeTheAnswerIsReadAndTheEndOfInputIsAnError() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    LineInput input =
        new LineInput.StandardInput(
            new ByteArrayInputStream("Bo\r\nzoë\n".getBytes(StandardCharsets.UTF_8)),
            new PrintStream(screen, true, StandardCharsets.UTF_8));

    assertThat(input.readLine("name? ")).isEqualTo("Bo");
    assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo("name? ");
    assertThat(input.readLine("")).isEqualTo("zoë");
    assertThatThrownBy(() -> input.readLine("more? "))
        .isInstanceOf(RuntimeError.class)
        .hasMessage("input(): the input ended (EOF) before a line came");
    assertThat(screen.toString(StandardCharsets.UTF_8)).isEqualTo("name? more? ");
  }
}
