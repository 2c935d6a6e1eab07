package dev.conch.shell.command;

import dev.conch.shell.Session;
import dev.conch.shell.Views;
import java.util.List;

/** {@code /timeline}: the last run that started tasks, drawn a row per task. */
final class TimelineCommand extends Command {
  TimelineCommand() {
    super("timeline", "/timeline");
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.print(Views.timeline(session));
  }
}
