package dev.conch.shell;

import java.util.List;

/** {@code /reset}: forgets the session's variables, methods, classes and imports. */
final class ResetCommand implements Command {
  @Override
  public String name() {
    return "reset";
  }

  @Override
  public String synopsis() {
    return "/reset";
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.host().reset();
    session.print(session.messages().get("reset.done"));
  }
}
