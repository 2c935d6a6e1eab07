package dev.conch.shell.teach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.shell.teach.DemoKeys.Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Keys one at a time on a terminal that can do it, a line per key on a dumb one. */
class DemoKeysTest {
  private static List<Key> keys(String type, String input) throws Exception {
    List<Key> keys = new ArrayList<>();
    try (Terminal terminal =
        new DumbTerminal(
            "test",
            type,
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new ByteArrayOutputStream(),
            StandardCharsets.UTF_8)) {
      Attributes before = new Attributes(terminal.getAttributes());
      DemoKeys reader = new DemoKeys(terminal);
      Key key;
      do {
        key = reader.next();
        keys.add(key);
      } while (key != Key.QUIT);
      assertThat(terminal.getAttributes().getLocalFlags())
          .as("the terminal is cooked again")
          .isEqualTo(before.getLocalFlags());
    }
    return keys;
  }

  @Test
  void aRealTerminalTakesOneKeyAtATimeAndTheKeysOfARemote() throws Exception {
    // b r Enter ? x, then → ← Page Down, Page Up, F1, then q
    String input = "br\r?x" + "\u001b[C\u001b[D\u001b[6~\u001b[5~\u001bOP" + "q";
    assertThat(keys("xterm-256color", input))
        .containsExactly(
            Key.BACK, Key.RERUN, Key.RUN, Key.HELP, Key.OTHER, Key.RUN, Key.BACK, Key.RUN, Key.BACK,
            Key.OTHER, Key.QUIT);
  }

  @Test
  void aDumbTerminalTakesALinePerKeyAndItsEndQuits() throws Exception {
    assertThat(keys(Terminal.TYPE_DUMB, "\nb\r\n r \n?\nrun\n"))
        .containsExactly(Key.RUN, Key.BACK, Key.RERUN, Key.HELP, Key.OTHER, Key.QUIT);
  }
}
