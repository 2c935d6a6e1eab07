package dev.conch.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      session.print(
          session.messages().get("error.command.args", "/run", synopsis())
              + "  "
              + session.messages().get("error.usage.try", "run"));
      return;
    }
    Optional<Path> script = session.scripts().find(args.get(0));
    if (script.isEmpty()) {
      session.print(session.messages().get("error.script.unknown", args.get(0)));
      return;
    }
    String code;
    try {
      code = Files.readString(script.get());
    } catch (IOException e) {
      session.print(
          session.messages().get("error.file", script.get(), e.getClass().getSimpleName()));
      return;
    }
    session.host().setVariable("args", args.subList(1, args.size()).toArray(new String[0]));
    session.evaluateAndReport(code, script.get().getFileName().toString(), true);
  }
}
