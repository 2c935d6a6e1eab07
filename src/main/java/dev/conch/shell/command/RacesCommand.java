package dev.conch.shell.command;

import dev.conch.i18n.Messages;
import dev.conch.runtime.race.RaceDetector;
import dev.conch.runtime.race.RaceReport;
import dev.conch.shell.Session;
import dev.conch.shell.errors.RaceReporter;
import java.util.ArrayList;
import java.util.List;

/** {@code /races}: the races found so far in this session, a line each, oldest first. */
final class RacesCommand extends Command {
  RacesCommand() {
    super("races", "/races");
  }

  @Override
  public void execute(Session session, List<String> args) {
    Messages m = session.messages();
    RaceDetector races = session.runtime().tasks().races();
    List<RaceReport> found = races.reports();
    List<String> lines = new ArrayList<>();
    if (found.isEmpty()) {
      lines.add(m.get("race.none"));
    } else {
      lines.add(m.get("race.title", found.size()));
      found.forEach(r -> lines.add("  " + RaceReporter.line(r, m)));
    }
    if (races.crowded()) {
      lines.add(m.get("race.crowded", RaceDetector.MOST_TASKS, RaceDetector.MOST_TASKS));
    }
    if (!races.on()) {
      lines.add(m.get("race.off"));
    }
    session.printWrapped(lines);
  }
}
