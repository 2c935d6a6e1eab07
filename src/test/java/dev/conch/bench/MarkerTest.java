package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Finding the text that ends a timing in a child's output: a prompt anywhere, even with no newline
 * after it; a line only as a whole line; a marker split across two reads; and how a marker
 * describes itself.
 */
class MarkerTest {

  private static int find(Marker marker, String text, int from) {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    return marker.find(data, data.length, from);
  }

  @Test
  void aPromptIsFoundWithoutANewlineAfterIt() {
    assertThat(find(Marker.containing("conch> "), "Conch 0.1\nconch> ", 0)).isEqualTo(10);
    assertThat(find(Marker.containing("conch> "), "Conch 0.1\nconch>", 0)).isEqualTo(-1);
  }

  @Test
  void aLineMatchesOnlyAWholeLine() {
    Marker one = Marker.line("1");
    assertThat(find(one, "Version 25.0.1\n", 0)).isEqualTo(-1);
    assertThat(find(one, "10\n", 0)).isEqualTo(-1);
    assertThat(find(one, "1", 0)).isEqualTo(-1);
    assertThat(find(one, "1\n", 0)).isZero();
    assertThat(find(one, "greeting\n1\r\n", 0)).isEqualTo(9);
  }

  @Test
  void aSearchFromTheReachBeforeOldDataFindsAMarkerSplitAcrossReads() {
    Marker one = Marker.line("1");
    String text = "hello\n1\n";
    int oldLength = "hello\n1".length();
    assertThat(find(one, text, oldLength - one.reach())).isEqualTo(6);
  }

  @Test
  void describeShowsNewlinesEscaped() {
    assertThat(Marker.containing("jshell> 1\n").describe()).isEqualTo("'jshell> 1\\n'");
    assertThat(Marker.line("1").describe()).isEqualTo("a line '1'");
  }
}
