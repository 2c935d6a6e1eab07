package dev.conch.scripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How a script's output is compared with its golden .expected file: plain lines with durations
 * masked, ~ regex lines, {unordered} and {oneof} blocks, and a mismatch that names the line, what
 * was expected and what was printed. A malformed golden file is named by its line.
 */
class GoldenMatcherTest {

  private static Optional<String> match(String golden, String... printed) {
    return GoldenMatcher.parse(golden).mismatch(List.of(printed));
  }

  @Test
  void identicalOutputMatches() {
    assertThat(match("a\nb\n", "a", "b")).isEmpty();
  }

  @Test
  void emptyLinesCount() {
    assertThat(match("a\n\nb\n", "a", "", "b")).isEmpty();
    assertThat(match("a\nb\n", "a", "", "b"))
        .contains("line 2: expected \"b\" (golden line 2) but was \"\"");
  }

  @Test
  void durationsAreMaskedOnBothSides() {
    assertThat(GoldenMatcher.mask("took 0.9 s, then 1.23s, then 350ms; 3 steps"))
        .isEqualTo("took <time>, then <time>, then <time>; 3 steps");
    assertThat(match("one thread took 1.8 s\n", "one thread took 2.0 s")).isEmpty();
    assertThat(match("waited <time> in all\n", "waited 350ms in all")).isEmpty();
  }

  @Test
  void plainMismatchNamesTheLineWhatWasExpectedAndWhatWasPrinted() {
    assertThat(match("singing 0\nsinging 1\n", "singing 0", "dancing 1"))
        .contains("line 2: expected \"singing 1\" (golden line 2) but was \"dancing 1\"");
  }

  @Test
  void maskingDoesNotHideOtherNumbers() {
    assertThat(match("gNum is 103\n", "gNum is 102"))
        .contains("line 1: expected \"gNum is 103\" (golden line 1) but was \"gNum is 102\"");
  }

  @Test
  void regexMustMatchTheWholeLine() {
    assertThat(match("~ I'm MyThread-\\d @ 0\n", "I'm MyThread-3 @ 0")).isEmpty();
    assertThat(match("~ I'm MyThread-\\d @ 0\n", "I'm MyThread-3 @ 0!"))
        .contains(
            "line 1: expected \"~ I'm MyThread-\\d @ 0\" (golden line 1) but was \"I'm MyThread-3 @ 0!\"");
  }

  @Test
  void regexMayMatchTheMaskedLine() {
    assertThat(match("~ took <time> \\(pid \\d+\\)\n", "took 0.4 s (pid 4711)")).isEmpty();
  }

  @Test
  void unorderedBlockAcceptsAnyOrder() {
    String golden = "start\n{unordered}\na\nb\nc\n{end}\nend\n";
    assertThat(match(golden, "start", "c", "a", "b", "end")).isEmpty();
    assertThat(match(golden, "start", "b", "c", "a", "end")).isEmpty();
  }

  @Test
  void unorderedBlockPairsOverlappingRegexesWithoutGettingStuck() {
    assertThat(match("{unordered}\n~ a.*\nab\n{end}\n", "ab", "ac")).isEmpty();
  }

  @Test
  void unorderedMismatchNamesTheStrayLineAndTheLinesStillExpected() {
    String golden = "start\n{unordered}\na\nb\nc\n{end}\n";
    assertThat(match(golden, "start", "c", "x", "a"))
        .contains("line 3: expected any of \"b\" (unordered, golden lines 3-5) but was \"x\"");
  }

  @Test
  void unorderedBlockTakesExactlyItsNumberOfLines() {
    String golden = "{unordered}\na\nb\n{end}\nc\n";
    assertThat(match(golden, "a", "c", "b"))
        .contains("line 2: expected any of \"b\" (unordered, golden lines 2-3) but was \"c\"");
  }

  @Test
  void oneOfAcceptsEachAlternative() {
    String golden = "{oneof}\nfirst: sing\n~ first: (dance|both)\n{end}\n";
    assertThat(match(golden, "first: sing")).isEmpty();
    assertThat(match(golden, "first: both")).isEmpty();
  }

  @Test
  void oneOfMismatchListsTheAlternatives() {
    String golden = "x\n{oneof}\nfirst: sing\n~ first: dance\n{end}\n";
    assertThat(match(golden, "x", "first: nobody"))
        .contains(
            "line 2: expected one of \"first: sing\" | \"~ first: dance\" (golden lines 3-4)"
                + " but was \"first: nobody\"");
  }

  @Test
  void missingLinesSayWhereTheOutputEnded() {
    assertThat(match("a\nb\nc\n", "a"))
        .contains("line 2: expected \"b\" (golden line 2) but the output ended after 1 lines");
    assertThat(match("{unordered}\na\nb\n{end}\n", "a"))
        .contains(
            "line 1: expected 2 lines in any order (unordered, golden lines 2-3)"
                + " but the output ended after 1 lines");
  }

  @Test
  void extraLinesAreAMismatch() {
    assertThat(match("a\n", "a", "foo: end"))
        .contains("line 2: expected the end of the output but was \"foo: end\"");
  }

  @Test
  void backslashMakesALiteralLine() {
    assertThat(match("\\~ not a regex\n\\{end}\n", "~ not a regex", "{end}")).isEmpty();
  }

  @Test
  void malformedGoldenFilesNameTheirLine() {
    assertThatThrownBy(() -> GoldenMatcher.parse("a\n{unordered}\nb\n"))
        .hasMessage("golden line 2: {unordered} has no {end}");
    assertThatThrownBy(() -> GoldenMatcher.parse("a\n{end}\n"))
        .hasMessage("golden line 2: {end} without {unordered} or {oneof}");
    assertThatThrownBy(() -> GoldenMatcher.parse("{oneof}\n{unordered}\n{end}\n"))
        .hasMessage("golden line 2: blocks do not nest: {unordered} inside {oneof}");
    assertThatThrownBy(() -> GoldenMatcher.parse("{oneof}\n{end}\n"))
        .hasMessage("golden line 1: {oneof} block is empty");
    assertThatThrownBy(() -> GoldenMatcher.parse("ok\n~ (unclosed\n"))
        .hasMessage("golden line 2: bad regex: Unclosed group");
  }
}
