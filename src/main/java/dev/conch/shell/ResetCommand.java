package dev.conch.shell;

import java.util.List;

/** {@code /reset}: forgets the session's variables, methods, classes and imports. */
final class ResetCommand extends Command {
  ResetCommand() {
    super("reset", "/reset");
  }

  @Override
  void execute(Session session, List<String> args) {
    session.host().reset();
    session.print(session.messages().get("reset.done"));
  }
}
