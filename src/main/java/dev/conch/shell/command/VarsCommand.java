package dev.conch.shell.command;

import dev.conch.dsl.ScriptHost;
import dev.conch.runtime.task.Task;
import dev.conch.shell.OutcomeReport;
import dev.conch.shell.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /vars}: the session's variables with their values, and its methods. */
final class VarsCommand extends Command {
  private static final int WIDTH = 72;

  VarsCommand() {
    super("vars", "/vars");
  }

  private static String preview(Object value) {
    return value instanceof Task task
        ? OutcomeReport.render(task)
        : ScriptHost.preview(value, WIDTH);
  }

  @Override
  public void execute(Session session, List<String> args) {
    ScriptHost host = session.host();
    Map<String, Object> vars = host.variables();
    List<String> lines = new ArrayList<>();
    vars.forEach(
        (name, value) -> {
          String shown =
              name + " = " + OutcomeReport.shown(value, () -> preview(value), session.messages());
          lines.add(shown.length() > WIDTH ? shown.substring(0, WIDTH - 1) + "…" : shown);
        });
    if (!host.methods().isEmpty()) {
      lines.add(session.messages().get("vars.methods", String.join(", ", host.methods())));
    }
    session.print(lines.isEmpty() ? List.of(session.messages().get("vars.none")) : lines);
  }
}
