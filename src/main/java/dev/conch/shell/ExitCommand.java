package dev.conch.shell;

import java.util.List;

/** {@code /exit}: leaves Conch; every task is ended on the way out. */
final class ExitCommand implements Command {
  @Override
  public String name() {
    return "exit";
  }

  @Override
  public String synopsis() {
    return "/exit";
  }

  @Override
  public void execute(Session session, List<String> args) {
    session.requestExit();
  }
}
