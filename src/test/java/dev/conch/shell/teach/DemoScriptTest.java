package dev.conch.shell.teach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.shell.teach.DemoScript.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How /demo cuts a script into steps. */
class DemoScriptTest {
  private static List<Step> split(String... lines) {
    return DemoScript.split(String.join("\n", lines));
  }

  @Test
  void aCommentBlockIsTheProseOfTheCodeAfterItUpToABlankLine() {
    List<Step> steps =
        split(
            "// First a variable.",
            "//   indented words stay indented",
            "x = 1",
            "println x",
            "",
            "y = 2",
            "// Then more.",
            "z = 3");
    assertThat(steps)
        .containsExactly(
            new Step(
                List.of("First a variable.", "  indented words stay indented"), "x = 1\nprintln x"),
            new Step(List.of(), "y = 2"),
            new Step(List.of("Then more."), "z = 3"));
  }

  @Test
  void proseAcrossBlankLinesKeepsItsParagraphsAndIntroducesTheNextCode() {
    List<Step> steps =
        split("#!/usr/bin/env conch", "// Title", "//", "// Story.", "", "", "x = 1");
    assertThat(steps).containsExactly(new Step(List.of("Title", "", "Story."), "x = 1"));
  }

  @Test
  void anOpenStatementIsNeverCutByABlankLineOrAComment() {
    List<Step> steps =
        split(
            "def twice(n) {",
            "",
            "  // doubles",
            "  n * 2",
            "}",
            "println(twice(1),",
            "",
            "        twice(2))",
            "s = '''one",
            "",
            "// not a comment",
            "'''");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).prose()).isEmpty();
    assertThat(steps.get(0).code()).startsWith("def twice(n) {").endsWith("// not a comment\n'''");
  }

  @Test
  void threeDashesEndAStepAnywhereAndTheirWordsAreProse() {
    List<Step> steps = split("a = 1", "// --- now b", "b = 2", "// ---", "c = 3");
    assertThat(steps)
        .containsExactly(
            new Step(List.of(), "a = 1"),
            new Step(List.of("now b"), "b = 2"),
            new Step(List.of(), "c = 3"));
  }

  @Test
  void codeBetweenFoldMarkersStaysOneStepWithItsCommentsAndBlankLines() {
    List<Step> steps =
        split(
            "// Both at once.",
            "// {{{ they race",
            "",
            "a = spawn { 1 }",
            "",
            "// the second",
            "b = spawn { 2 }",
            "// }}}",
            "a.join()");
    assertThat(steps)
        .containsExactly(
            new Step(
                List.of("Both at once.", "they race"),
                "a = spawn { 1 }\n\n// the second\nb = spawn { 2 }"),
            new Step(List.of(), "a.join()"));
  }

  @Test
  void commentsAtTheEndMakeAStepOfProseAlone() {
    List<Step> steps = split("x = 1", "", "// That is all.");
    assertThat(steps)
        .containsExactly(new Step(List.of(), "x = 1"), new Step(List.of("That is all."), ""));
    assertThat(steps.get(1).hasCode()).isFalse();
  }

  @Test
  void t10IsFourStepsFromTheStoryToTheTwoTransfers() throws Exception {
    List<Step> steps =
        DemoScript.split(Files.readString(Path.of("scripts/threads/T10-deadlock-accounts.groovy")));
    assertThat(steps).hasSize(4);
    assertThat(steps.get(0).prose().get(0))
        .isEqualTo("T10 Two transfers in opposite directions deadlock");
    assertThat(steps.get(0).code()).startsWith("class Account {").endsWith("}");
    assertThat(steps.get(2).code()).startsWith("def transfer(").contains("to.guard.withLock {");
    assertThat(steps.get(3).code())
        .isEqualTo(
            "spawn(name: 'alice-to-bob') { transfer(alice, bob, 10) }\n"
                + "spawn(name: 'bob-to-alice') { transfer(bob, alice, 20) }");
  }
}
