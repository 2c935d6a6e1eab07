package dev.conch.shell;

import dev.conch.dsl.Builtin;
import dev.conch.dsl.Builtins;
import dev.conch.dsl.ScriptHost;
import dev.conch.dsl.extensions.Members;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.CommandTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes /-commands and what follows them (script IDs with their titles after /run, topics after
 * /help), and in Groovy the built-ins, the session's variables and methods, and keywords; after
 * {@code name.} the members of that session variable's value, Conch's own first. Reads the session
 * from the REPL thread only.
 */
public final class Completer implements org.jline.reader.Completer {
  /** A session variable and a dot (or {@code ?.}) just before the word being completed. */
  private static final Pattern RECEIVER =
      Pattern.compile("(?<![\\w$.])([A-Za-z_$][\\w$]*)\\s*\\??\\.\\s*$");

  private final Supplier<Session> sessions;

  public Completer(Supplier<Session> sessions) {
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
    String before = line.words().get(0);
    if (before.stripTrailing().endsWith(".")) {
      Matcher receiver = RECEIVER.matcher(before);
      completeMembers(session, receiver.find() ? receiver.group(1) : null, candidates);
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

  /**
   * The members of session variable {@code name}'s value; nothing when the name before the dot is
   * not a session variable (the names of the session would be wrong there).
   */
  private static void completeMembers(Session session, String name, List<Candidate> candidates) {
    ScriptHost host = session.hostIfReady();
    Object value = name == null || host == null ? null : host.variables().get(name);
    if (value == null) {
      return;
    }
    for (Members.Member m : Members.of(value)) {
      candidates.add(
          new Candidate(
              m.insert(), m.insert(), null, m.description(), null, null, false, m.conch() ? 0 : 1));
    }
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
