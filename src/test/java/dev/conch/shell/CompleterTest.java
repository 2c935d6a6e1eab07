package dev.conch.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.ConchRuntime;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tab completion on a dumb terminal: after a session variable and a dot it offers the members of
 * its value, Conch's own first; after an unknown name, nothing; and without a dot, the built-ins
 * and variables.
 */
@Timeout(60)
class CompleterTest {
  private final ConchRuntime runtime = ConchRuntime.create((task, text, error) -> {});
  private Terminal terminal;
  private Session session;

  @BeforeEach
  void openSession() throws Exception {
    terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            InputStream.nullInputStream(),
            OutputStream.nullOutputStream(),
            StandardCharsets.UTF_8);
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
    session =
        new Session(
            reader,
            runtime,
            new ScriptLocator(Path.of("").toAbsolutePath()),
            Messages.of(Lang.EN),
            false);
  }

  @AfterEach
  void close() throws Exception {
    terminal.close();
    runtime.close();
  }

  /** The candidates Tab offers with the cursor at the end of {@code typed}, in the order shown. */
  private List<String> tab(String typed) {
    List<Candidate> candidates = new ArrayList<>();
    new Completer(() -> session)
        .complete(
            session.reader(),
            new LineParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE),
            candidates);
    return candidates.stream().sorted().map(Candidate::value).toList();
  }

  private void eval(String code) {
    assertThat(session.host().evaluate(code, code, false).failed()).as(code).isFalse();
  }

  @Test
  void afterAQueueAndADotTabOffersTheQueuesMethodsConchsFirst() {
    eval("q = queue()");
    List<String> offered = tab("q.");
    assertThat(offered).contains("put(", "get(", "put_nowait(", "qsize()", "task_done()", "name");
    assertThat(offered).doesNotContain("spawn", "sleep", "q", "wait()", "getClass()");
    assertThat(offered.indexOf("qsize()")).isLessThan(offered.indexOf("toString()"));
  }

  @Test
  void theTypedStartOfAMemberNarrowsNothingHereButReachesTheSameReceiver() {
    eval("t = spawn { 1 }; t.join()");
    assertThat(tab("println t.jo")).contains("join(", "join()");
    assertThat(tab("t?.")).contains("join(", "result", "alive");
  }

  @Test
  void afterADotOnANameThatIsNoSessionVariableTabOffersNothing() {
    eval("q = queue()");
    assertThat(tab("nothing.")).isEmpty();
    assertThat(tab("a.q.")).isEmpty();
  }

  @Test
  void withoutADotTabStillOffersBuiltinsAndVariables() {
    eval("q = queue()");
    assertThat(tab("q")).contains("q", "spawn", "queue");
  }
}
