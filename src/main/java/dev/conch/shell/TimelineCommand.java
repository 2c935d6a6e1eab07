package dev.conch.shell;

import java.util.List;

/** {@code /timeline}: the last run that started tasks, drawn a row per task. */
final class TimelineCommand implements Command {
  @Override
  public String name() {
    return "timeline";
  }

  @Override
  public String synopsis() {
    return "/timeline";
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.print(Views.timeline(session));
  }
}
