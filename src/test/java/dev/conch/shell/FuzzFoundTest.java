package dev.conch.shell;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import org.junit.jupiter.api.Test;

/** One regression test for each bug the prompt fuzz found. */
class FuzzFoundTest {
  @Test
  void aValueWhoseToStringThrowsIsSaidInOneLineAndTheShellGoesOn() throws Exception {
    String out =
        session(
            Lang.EN,
            "class Worse { String toString() { throw new Error('worse') } }; new Worse()",
            "class Bad { String toString() { throw new IllegalStateException('no') } }",
            "b = new Bad(); b",
            "/vars",
            "println 'alive'",
            "/exit");
    assertThat(outputLines(out))
        .contains(
            "=> <a Worse that cannot be shown: its toString failed with Error: worse>",
            "=> <a Bad that cannot be shown: its toString failed with IllegalStateException: no>",
            "alive")
        .anyMatch(line -> line.startsWith("b = <a Bad that cannot be shown: its toString"));
    assertThat(out).doesNotContain("internal error");
  }

  @Test
  void aFileNameWithANulIsRefusedInOneLine() throws Exception {
    String out =
        session(Lang.EN, "/step a\u0000b", "/record r\u0000.txt", "/replay r\u0000", "/exit");
    assertThat(out).doesNotContain("internal error");
    assertThat(outputLines(out))
        .contains("no script a\u0000b: give an ID such as T01 or a .groovy file")
        .contains(
            "r\u0000.txt is not a file name this system takes (Nul character not allowed): give"
                + " a path such as lesson.txt")
        .contains(
            "r\u0000 is not a file name this system takes (Nul character not allowed): give a"
                + " path such as lesson.txt");
  }

  @Test
  void groovysParserDoesNotTalkPastItsSyntaxError() throws Exception {
    String out = session(Lang.EN, "println \"$]\"", "/exit");
    assertThat(out).contains("syntax error").doesNotContain("unknown recognition error type");
  }
}
