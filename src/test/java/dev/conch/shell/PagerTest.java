package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Long output a screenful at a time on a real terminal, all at once elsewhere. */
class PagerTest {
  private static final List<String> LINES =
      IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).toList();

  /** What {@code terminal} shows after printing the lines through a pager, colours stripped. */
  private static String paged(Terminal terminal, ByteArrayOutputStream out) throws Exception {
    return paged(terminal, out, LINES);
  }

  private static String paged(Terminal terminal, ByteArrayOutputStream out, List<String> lines)
      throws Exception {
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {})) {
      Session session =
          new Session(
              LineReaderBuilder.builder().terminal(terminal).build(),
              runtime,
              new ScriptLocator(Path.of("").toAbsolutePath()),
              Messages.of(Lang.EN),
              false);
      Pager.print(session, lines);
    }
    terminal.flush();
    return AttributedString.fromAnsi(out.toString(StandardCharsets.UTF_8))
        .toString()
        .replace("\r", "");
  }

  private static Terminal xterm(String keys, ByteArrayOutputStream out) throws Exception {
    Terminal terminal =
        new ExternalTerminal(
            "test",
            "xterm",
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            out,
            StandardCharsets.UTF_8);
    terminal.setSize(new Size(80, 10));
    Attributes quiet = terminal.getAttributes();
    quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false); // as the REPL has it while a line runs
    terminal.setAttributes(quiet);
    return terminal;
  }

  @Test
  void spaceShowsAScreenfulEnterALineAndQStops() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String shown;
    try (Terminal terminal = xterm(" \rq", out)) {
      shown = paged(terminal, out);
    }
    // 9 rows a screen on 10 (one for the "more" line): 9 lines, 9 more on Space, 1 on Enter
    assertThat(shown).contains("line 19\n").doesNotContain("line 20\n");
    assertThat(shown.split("-- more", -1)).hasSize(4);
    assertThat(shown).contains("-- more (30%) · Space: a page · Enter: a line · q: stop --");
  }

  @Test
  void theEndOfTheInputEndsThePaging() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String shown;
    try (Terminal terminal = xterm("", out)) {
      shown = paged(terminal, out);
    }
    assertThat(shown).contains("line 9\n").doesNotContain("line 10\n");
  }

  @Test
  void plainLinesWrapAtWordsAndColouredOnesAreLeftToTheTerminal() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String shown;
    String words = "word ".repeat(20).strip(); // 99 cells
    String coloured = "\u001b[32m" + "x".repeat(90) + "\u001b[0m";
    try (Terminal terminal = xterm("", out)) {
      shown = paged(terminal, out, List.of(words, coloured));
    }
    String row = "word ".repeat(16).strip(); // 79 cells: a seventeenth word would pass 80
    assertThat(shown)
        .isEqualTo(row + "\n" + "word ".repeat(4).strip() + "\n" + "x".repeat(90) + "\n");
  }

  @Test
  void aPipePrintsEverythingAtOnce() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String shown;
    try (Terminal terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            new ByteArrayInputStream(new byte[0]),
            out,
            StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(40, 10));
      shown = paged(terminal, out);
    }
    assertThat(shown).isEqualTo(String.join("\n", LINES) + "\n");
  }
}
