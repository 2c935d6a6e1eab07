package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wrapping text to the terminal's width at word boundaries: a line laying out a term and its
 * explanation continues under the explanation, other prose under its own indent, Chinese breaks
 * between characters but never before its punctuation, and nothing is lost. Also joining back prose
 * lines cut where a sentence runs on, so they can be wrapped again to the screen's width.
 */
class WordWrapTest {
  @Test
  void aLineThatFitsStaysAsItIs() {
    assertThat(WordWrap.line("  spawn      starts a task", 40))
        .containsExactly("  spawn      starts a task");
  }

  @Test
  void wrapsAtSpacesAndContinuesUnderTheExplanation() {
    String line = "  sweep      which hosts answer, all probed at once: a prefix or a range";

    assertThat(WordWrap.line(line, 40))
        .containsExactly(
            "  sweep      which hosts answer, all",
            "             probed at once: a prefix or",
            "             a range");
  }

  @Test
  void proseContinuesUnderItsOwnIndent() {
    assertThat(WordWrap.line("  A lock lets one task in at a time; the others wait.", 24))
        .containsExactly("  A lock lets one task", "  in at a time; the", "  others wait.");
  }

  @Test
  void aWordWiderThanTheLineIsCutAndNothingIsLost() {
    List<String> lines = WordWrap.line("see https://example.org/a/very/long/path ok", 16);

    assertThat(lines).allMatch(l -> TextWidth.of(l) <= 16);
    assertThat(String.join("", lines).replace(" ", ""))
        .isEqualTo("seehttps://example.org/a/very/long/pathok");
  }

  @Test
  void chineseWrapsBetweenCharactersByCells() {
    List<String> lines = WordWrap.line("锁一次只让一个任务进入，其他任务等待。", 12);

    assertThat(lines).containsExactly("锁一次只让一", "个任务进入，", "其他任务等", "待。");
  }

  @Test
  void chinesePunctuationNeverStartsALine() {
    assertThat(WordWrap.line("标志：set()、clear()、is_set()、wait()", 24))
        .containsExactly("标志：set()、clear()、", "is_set()、wait()");
  }

  @Test
  void proseWrappedForAWiderScreenIsJoinedWhereASentenceRunsOn() {
    assertThat(
            WordWrap.rejoin(
                List.of(
                    "Only one task",
                    "can hold the lock.",
                    "Then the other",
                    "",
                    "A list:",
                    "  - one",
                    "  - two",
                    "锁一次只让",
                    "一个任务进入。")))
        .containsExactly(
            "Only one task can hold the lock.",
            "Then the other",
            "",
            "A list:",
            "  - one",
            "  - two",
            "锁一次只让一个任务进入。");
  }

  @Test
  void everyLineOfAListIsWrapped() {
    assertThat(WordWrap.lines(List.of("one two three", "", "four"), 8))
        .containsExactly("one two", "three", "", "four");
  }
}
