package dev.conch.shell.command;

import dev.conch.shell.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A script a command was asked to run, found by ID or file and read; for /run, /step and /demo.
 * Immutable.
 */
public record ScriptText(Path path, String code) {
  /** The script {@code idOrFile} names, or empty after telling the learner why there is none. */
  public static Optional<ScriptText> load(Session session, String idOrFile) {
    Optional<Path> script = session.scripts().find(idOrFile);
    if (script.isEmpty()) {
      session.print(session.messages().get("error.script.unknown", idOrFile));
      return Optional.empty();
    }
    try {
      return Optional.of(new ScriptText(script.get(), Files.readString(script.get())));
    } catch (IOException e) {
      session.print(
          session.messages().get("error.file", script.get(), e.getClass().getSimpleName()));
      return Optional.empty();
    }
  }

  /** The file's name, as runs are labelled. */
  public String name() {
    return path.getFileName().toString();
  }
}
