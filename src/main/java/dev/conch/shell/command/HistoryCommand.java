package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.History;

/** {@code /history}: the lines typed so far, numbered (Ctrl-R searches them). */
final class HistoryCommand extends Command {
  HistoryCommand() {
    super("history", "/history");
  }

  @Override
  public void execute(Session session, List<String> args) {
    List<String> lines = new ArrayList<>();
    for (History.Entry entry : session.reader().getHistory()) {
      lines.add(String.format("%5d  %s", entry.index() + 1, entry.line()));
    }
    session.print(lines.isEmpty() ? List.of(session.messages().get("history.none")) : lines);
  }
}
