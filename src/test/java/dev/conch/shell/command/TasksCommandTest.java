package dev.conch.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.ShellFixture;
import dev.conch.i18n.Lang;
import dev.conch.view.TextWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /tasks} on a terminal of a given width. */
class TasksCommandTest {
  static String session(int columns, String... lines) throws Exception {
    return ShellFixture.session(Lang.EN, columns, lines);
  }

  @Test
  void atEightyColumnsLongDetailsAreCutSoEachTaskKeepsOneRow() throws Exception {
    String out =
        session(
            80,
            "q = queue('orders-from-the-shop-on-the-corner-of-the-street-waiting-to-be-packed')",
            "ts = (1..3).collect { spawn(name: \"packer-$it\") { q.get() } }",
            "while (ts.any { it.state.toString() != 'waiting' }) { sleep 5 }",
            "/tasks",
            "3.times { q.put(it) }; ts*.join(); 'done'",
            "/exit");

    List<String> table =
        out.lines().dropWhile(l -> !l.contains("/tasks")).skip(1).limit(4).toList();
    assertThat(table.get(0)).startsWith("ID  NAME").endsWith("DETAIL");
    for (int i = 1; i <= 3; i++) {
      assertThat(table.get(i))
          .matches(
              " *\\d+  packer-" + i + " +thread +waiting +\\S+ +queue orders-from-the-shop.*…");
    }
    assertThat(table).allMatch(line -> TextWidth.of(line) <= 80);
    assertThat(out).contains("=> 'done'");
  }
}
