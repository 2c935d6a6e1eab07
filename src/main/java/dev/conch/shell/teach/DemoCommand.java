package dev.conch.shell.teach;

import dev.conch.shell.Session;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.RunCommand;
import dev.conch.shell.command.ScriptText;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /demo ID|FILE}: steps through a script for a class (see {@link DemoScript} for the steps
 * and {@link Demo} for the keys); its variables stay afterwards, as with /run.
 */
public final class DemoCommand extends Command {
  public DemoCommand() {
    super("demo", "/demo ID|FILE");
  }

  @Override
  public List<String> choices(Session session) {
    return session.scripts().ids();
  }

  @Override
  public Map<String, String> choiceNotes(Session session) {
    return RunCommand.titles(session);
  }

  @Override
  public void execute(Session session, List<String> args) throws IOException {
    if (args.size() != 1) {
      usage(session);
      return;
    }
    Optional<ScriptText> script = ScriptText.load(session, args.get(0));
    if (script.isEmpty()) {
      return;
    }
    String name = script.get().name();
    List<DemoScript.Step> steps = DemoScript.split(script.get().code());
    if (steps.isEmpty()) {
      session.print(session.messages().get("demo.empty", name));
      return;
    }
    session.host().setVariable("args", new String[0]);
    new Demo(session, name, steps, new DemoKeys(session.reader().getTerminal())).run();
  }
}
