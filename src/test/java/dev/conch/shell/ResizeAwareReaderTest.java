package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

/**
 * Where the cursor goes when the terminal is resized under the status line: above the status line,
 * its wrapped rows and the rows where the old one is cleared, but never above the top of the
 * screen.
 */
class ResizeAwareReaderTest {
  private static int lowest(int oldColumns, int oldRows, int columns, int rows) {
    return ResizeAwareReader.lowestSafeRow(
        new Size(oldColumns, oldRows), new Size(columns, rows), 1);
  }

  @Test
  void aShorterScreenKeepsTheCursorAboveTheStatusLine() {
    assertThat(lowest(100, 30, 100, 24)).isEqualTo(22);
  }

  @Test
  void aTallerScreenKeepsTheCursorAboveWhereTheOldStatusLineIsCleared() {
    assertThat(lowest(100, 20, 100, 30)).isEqualTo(19);
  }

  @Test
  void aNarrowerScreenKeepsTheCursorAboveTheStatusLinesWrappedRows() {
    assertThat(lowest(140, 30, 60, 30)).isEqualTo(27);
    assertThat(lowest(100, 22, 70, 18)).isEqualTo(15);
  }

  @Test
  void aTinyScreenNeverGoesAboveTheTop() {
    assertThat(lowest(100, 30, 10, 2)).isZero();
  }
}
