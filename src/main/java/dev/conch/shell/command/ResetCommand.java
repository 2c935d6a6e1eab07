package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.util.List;

/** {@code /reset}: forgets the session's variables, methods, classes and imports. */
final class ResetCommand extends Command {
  ResetCommand() {
    super("reset", "/reset");
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.host().reset();
    if (!session.runtime().memory().held()) {
      System.gc(); // memory ran out before: what the session held is garbage now, and the reserve
      session.runtime().memory().retake(); // comes back at once
    }
    session.print(session.messages().get("reset.done"));
  }
}
