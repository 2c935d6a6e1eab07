package dev.conch.shell;

import java.util.List;
import java.util.Optional;

/** {@code /run ID|FILE [args…]}: runs a script in this session; its variables stay afterwards. */
final class RunCommand extends Command {
  RunCommand() {
    super("run", "/run ID|FILE [ARGS…]");
  }

  @Override
  List<String> choices(Session session) {
    return session.scripts().ids();
  }

  @Override
  void execute(Session session, List<String> args) {
    if (args.isEmpty()) {
      usage(session);
      return;
    }
    Optional<ScriptText> script = ScriptText.load(session, args.get(0));
    if (script.isEmpty()) {
      return;
    }
    session.host().setVariable("args", args.subList(1, args.size()).toArray(new String[0]));
    session.evaluateAndReport(script.get().code(), script.get().name(), true);
  }
}
