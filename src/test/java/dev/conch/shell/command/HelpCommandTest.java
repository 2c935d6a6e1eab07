package dev.conch.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.view.WordWrap;
import org.junit.jupiter.api.Test;

/**
 * The pages /help builds a line an entry: on a narrow terminal they are rejoined before they are
 * wrapped (prose cut for 80 columns runs on), so an entry that ends without a full stop would run
 * on into the next one.
 */
class HelpCommandTest {
  @Test
  void theOverviewAndThePythonPageKeepEachEntryOnItsOwnLine() {
    for (Lang lang : Lang.values()) {
      Messages m = Messages.of(lang);
      for (var page : java.util.List.of(HelpCommand.overview(m), HelpCommand.topic(m, "python"))) {
        assertThat(WordWrap.rejoin(page)).as(lang + ": " + page.get(0)).isEqualTo(page);
      }
    }
  }
}
