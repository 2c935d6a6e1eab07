package dev.conch.shell;

import java.util.List;

/** {@code /timeline}: the last run that started tasks, drawn a row per task. */
final class TimelineCommand extends Command {
  TimelineCommand() {
    super("timeline", "/timeline");
  }

  @Override
  void execute(Session session, List<String> args) {
    session.print(Views.timeline(session));
  }
}
