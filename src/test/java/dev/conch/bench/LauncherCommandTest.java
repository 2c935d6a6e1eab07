package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading the java command that ./shell ends in from a bash -x trace of the launcher: words split
 * on spaces, quoted words kept whole, and a line that is not the exec refused.
 */
class LauncherCommandTest {

  @Test
  void plainWordsSplitOnSpaces() {
    assertThat(LauncherCommand.parse("+ exec /jdk/bin/java -Xss2m  -jar /x/conch.jar -e 1"))
        .containsExactly("/jdk/bin/java", "-Xss2m", "-jar", "/x/conch.jar", "-e", "1");
  }

  @Test
  void quotedWordsKeepTheirSpacesAndQuotes() {
    assertThat(LauncherCommand.parse("+ exec java '-Dconch.home=/a b' -e 'it'\\''s' ''"))
        .isEqualTo(List.of("java", "-Dconch.home=/a b", "-e", "it's", ""));
  }

  @Test
  void aLineThatIsNoExecIsRefused() {
    assertThatThrownBy(() -> LauncherCommand.parse("++ find_jdk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an exec trace line: ++ find_jdk");
  }
}
