package dev.conch.shell.errors;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.shell.GroovyLexer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A one-line string left open is an error at once, however many brackets are still open. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnclosedQuoteTest {
  @Test
  void aStringLeftOpenInsideABracketIsAnErrorAndTheNextLinesRun() throws Exception {
    String out = session(Lang.EN, "x = [ 1,", "'abc", "println 'alive'", "/exit");
    assertThat(outputLines(out))
        .contains(
            "syntax error at line 2, column 1: the string 'abc is not closed on its line: end it"
                + " with ' there, or use ''' for text over several lines",
            "alive");
  }

  @Test
  void pythonsApostropheInAStringIsNamedInChinese() throws Exception {
    String out = session(Lang.ZH, "print('it's')", "println 1", "/exit");
    assertThat(outputLines(out))
        .contains("语法错误，第 1 行第 12 列：字符串 ') 在这一行没有闭合：请在同一行用 ' 结束它，跨多行的文字请用 '''", "1");
  }

  @Test
  void aTripleQuotedStringStillGoesOnOverLines() throws Exception {
    String out = session(Lang.EN, "s = '''a", "b'''", "s.size()", "/exit");
    assertThat(outputLines(out)).contains("=> 3");
  }

  @Test
  void aBackslashAtTheLineEndCarriesTheStringOn() {
    assertThat(GroovyLexer.scan("s = 'a\\\nb'").unclosedQuote()).isFalse();
    assertThat(UnclosedQuote.error("x = 1", Messages.of(Lang.EN))).isEmpty();
  }

  @Test
  void aLongStringIsCutInTheError() {
    assertThat(UnclosedQuote.error("println \"" + "a".repeat(50), Messages.of(Lang.EN)))
        .hasValueSatisfying(line -> assertThat(line).contains("\"" + "a".repeat(19) + "… is"));
  }
}
