package dev.conch.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import dev.conch.shell.Completer;
import dev.conch.shell.LineParser;
import dev.conch.shell.ScriptLocator;
import dev.conch.shell.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** Finding a lesson: its title beside its ID, in the list and on Tab. */
class RunCommandTest {
  private static List<Candidate> tab(String typed) throws Exception {
    try (ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
        Terminal terminal =
            new DumbTerminal(
                "test",
                Terminal.TYPE_DUMB,
                InputStream.nullInputStream(),
                OutputStream.nullOutputStream(),
                StandardCharsets.UTF_8)) {
      LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
      Session session =
          new Session(
              reader,
              runtime,
              new ScriptLocator(Path.of("").toAbsolutePath()),
              Messages.of(Lang.EN),
              false);
      List<Candidate> candidates = new ArrayList<>();
      ParsedLine line = new LineParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE);
      new Completer(() -> session).complete(reader, line, candidates);
      return candidates;
    }
  }

  @Test
  void tabAfterRunShowsEachLessonsTitleBesideItsId() throws Exception {
    assertThat(tab("/run "))
        .anySatisfy(
            c -> {
              assertThat(c.value()).isEqualTo("T08");
              assertThat(c.descr()).isEqualTo("A lock makes the race go away");
            })
        .allSatisfy(c -> assertThat(c.descr()).isNotBlank());
  }

  @Test
  void tabAfterDemoShowsTheTitlesToo() throws Exception {
    assertThat(tab("/demo "))
        .anySatisfy(
            c -> {
              assertThat(c.value()).isEqualTo("C02");
              assertThat(c.descr()).isNotBlank();
            });
  }

  @Test
  void everyLessonHasATitle() {
    assertThat(new ScriptLocator(Path.of("").toAbsolutePath()).lessons())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.title()).isNotBlank().doesNotStartWith(l.id()));
  }
}
