package dev.conch.shell.command;

import dev.conch.dsl.ErrorWording;
import dev.conch.shell.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** {@code /trace}: the stack of the last error, without Groovy's own frames. */
final class TraceCommand extends Command {
  TraceCommand() {
    super("trace", "/trace");
  }

  @Override
  public void execute(Session session, List<String> args) {
    Throwable error = session.lastError();
    if (error == null) {
      session.print(session.messages().get("error.trace.none"));
      return;
    }
    StringWriter text = new StringWriter();
    ErrorWording.sanitized(error).printStackTrace(new PrintWriter(text));
    session.print(text.toString().stripTrailing());
  }
}
