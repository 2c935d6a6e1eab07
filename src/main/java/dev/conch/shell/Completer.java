package dev.conch.shell;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.dsl.ScriptHost;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes /-commands and what follows them (script IDs with their titles after /run, topics after
 * /help), and in Groovy the built-ins, the session's variables and methods, and keywords. Reads the
 * session from the REPL thread only.
 */
final class Completer implements org.jline.reader.Completer {
  private final Supplier<Session> sessions;

  Completer(Supplier<Session> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    Session session = sessions.get();
    if (session == null) {
      return;
    }
    if (line.line().stripLeading().startsWith("/")) {
      completeCommand(session, line, candidates);
      return;
    }
    for (Builtin b : Builtins.ALL) {
      candidates.add(candidate(b.name(), session.messages().get(b.summaryKey())));
    }
    ScriptHost host = session.hostIfReady();
    if (host != null) {
      host.variables().keySet().forEach(v -> candidates.add(candidate(v, null)));
      host.methods().forEach(m -> candidates.add(candidate(m, null)));
    }
    GroovyLexer.KEYWORDS.forEach(k -> candidates.add(candidate(k, null)));
  }

  private static void completeCommand(
      Session session, ParsedLine line, List<Candidate> candidates) {
    if (line.wordIndex() == 0) {
      for (Command c : CommandTable.ALL) {
        candidates.add(candidate("/" + c.name(), session.messages().get("command." + c.name())));
      }
      return;
    }
    Optional<Command> command = CommandTable.find(line.words().get(0));
    if (command.isPresent() && line.wordIndex() == 1) {
      Map<String, String> notes = command.get().choiceNotes(session);
      command.get().choices(session).forEach(c -> candidates.add(candidate(c, notes.get(c))));
    }
  }

  private static Candidate candidate(String value, String description) {
    return new Candidate(value, value, null, description, null, null, true);
  }
}
