package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How many terminal cells text takes (two for Chinese, Japanese, Korean, full-width letters and
 * emoji, none for combining marks and control characters), and padding and cutting text by cells
 * rather than characters.
 */
class TextWidthTest {
  @Test
  void asciiTakesOneCellEach() {
    assertThat(TextWidth.of("worker-1")).isEqualTo(8);
  }

  @Test
  void cjkHangulAndFullWidthTakeTwoCellsEach() {
    assertThat(TextWidth.of("下载")).isEqualTo(4);
    assertThat(TextWidth.of("ダウン")).isEqualTo(6);
    assertThat(TextWidth.of("한국")).isEqualTo(4);
    assertThat(TextWidth.of("ｈｉ")).isEqualTo(4);
    assertThat(TextWidth.of("任务：")).isEqualTo(6);
  }

  @Test
  void emojiOutsideTheBasicPlaneTakesTwoCells() {
    assertThat(TextWidth.of("😀")).isEqualTo(2);
  }

  @Test
  void combiningMarksAndControlsTakeNone() {
    assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
    assertThat(TextWidth.of("a\u200bb")).isEqualTo(2);
    assertThat(TextWidth.of("\u001b")).isZero();
  }

  @Test
  void timelineGlyphsTakeOneCellEach() {
    assertThat(TextWidth.of("█·░…")).isEqualTo(4);
  }

  @Test
  void padsByCellsNotChars() {
    assertThat(TextWidth.padRight("下", 4)).isEqualTo("下  ");
    assertThat(TextWidth.padLeft("下", 3)).isEqualTo(" 下");
    assertThat(TextWidth.padRight("下载器", 4)).isEqualTo("下载器");
  }

  @Test
  void fitCutsAtACellBoundaryAndEndsInAnEllipsis() {
    assertThat(TextWidth.fit("abc", 3)).isEqualTo("abc");
    assertThat(TextWidth.fit("abcd", 3)).isEqualTo("ab…");
    assertThat(TextWidth.fit("下载器任务", 7)).isEqualTo("下载器…");
    assertThat(TextWidth.fit("下载器任务", 6)).isEqualTo("下载…");
    assertThat(TextWidth.fit("下载", 2)).isEqualTo("…");
    assertThat(TextWidth.fit("abc", 0)).isEmpty();
  }
}
