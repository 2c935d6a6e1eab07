package dev.conch.shell;

import dev.conch.runtime.Deadlock;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /cure}: ends the tasks of the last deadlock; what they held is freed as they end. */
final class CureCommand extends Command {
  CureCommand() {
    super("cure", "/cure");
  }

  @Override
  void execute(Session session, List<String> args) {
    Deadlock deadlock = session.deadlocks().latest();
    if (deadlock == null || deadlock.links().stream().noneMatch(l -> l.waiter().isAlive())) {
      session.print(session.messages().get("deadlock.none"));
      return;
    }
    deadlock.cure();
    String names =
        deadlock.links().stream().map(l -> l.waiter().getName()).collect(Collectors.joining(", "));
    session.print(session.messages().get("deadlock.cured", names));
  }
}
