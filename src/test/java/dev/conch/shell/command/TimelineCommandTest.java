package dev.conch.shell.command;

import static dev.conch.fixtures.ShellFixture.outputLines;
import static dev.conch.fixtures.ShellFixture.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.i18n.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code /timeline} after coroutine lessons: the coroutines share one carrier, one at a time. */
class TimelineCommandTest {
  private static final String LEGEND = "█ running  · sleeping  ░ waiting  ▒ blocked";

  /** The bar lines of the chart printed after {@code timeline of: ...}, up to the axis. */
  private static List<String> rows(List<String> lines) {
    int title = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("timeline of: ")) {
        title = i;
      }
    }
    assertThat(title).as("a timeline was printed").isNotNegative();
    List<String> rows = new ArrayList<>();
    for (String line : lines.subList(title + 1, lines.size())) {
      if (line.isBlank() || line.startsWith(" ")) {
        break; // the axis
      }
      rows.add(line);
    }
    return rows;
  }

  /** The columns in which more than one row shows running. */
  private static List<Integer> columnsRunningTwice(List<String> rows) {
    int width = rows.stream().mapToInt(String::length).max().orElse(0);
    List<Integer> twice = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      int c = column;
      if (rows.stream().filter(r -> c < r.length() && r.charAt(c) == '█').count() > 1) {
        twice.add(column);
      }
    }
    return twice;
  }

  @Test
  @Timeout(60)
  void afterSwitchingByHandNoColumnHasTwoRowsRunning() throws Exception {
    List<String> lines = outputLines(session(Lang.EN, "/run C02", "/timeline", "/exit"));

    List<String> rows = rows(lines);
    assertThat(rows).extracting(r -> r.split(" ")[0]).containsExactly("main", "A", "B");
    assertThat(columnsRunningTwice(rows)).isEmpty();
    assertThat(rows.get(0)).as("main waits while A and B run").contains("░");
    assertThat(lines).contains("      " + LEGEND);
  }

  @Test
  @Timeout(60)
  void aRaceOfCoroutinesRunOrSteppedShowsOneRunningAtATime() throws Exception {
    List<String> run = outputLines(session(Lang.EN, "/run C10", "/timeline", "/exit"));
    List<String> stepped =
        outputLines(session(Lang.EN, "/step C10", "1", "2", "1", "2", "c", "/timeline", "/exit"));

    for (List<String> lines : List.of(run, stepped)) {
      List<String> rows = rows(lines);
      assertThat(rows).extracting(r -> r.split(" ")[0]).containsExactly("main", "alice", "bob");
      assertThat(columnsRunningTwice(rows)).isEmpty();
    }
    List<String> steppedRows = rows(stepped);
    assertThat(steppedRows.get(1)).as("alice waits for her turn").contains("░");
    assertThat(steppedRows.get(2)).as("bob waits for his turn").contains("░");
  }
}
