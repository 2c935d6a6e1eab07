package dev.conch.shell.teach;

import dev.conch.shell.Session;
import dev.conch.shell.command.Command;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code /record FILE}: from now on, what is typed and printed is also written to FILE (see {@link
 * Recorder}); {@code /record stop}, or {@code /record} alone while recording, ends it.
 */
public final class RecordCommand extends Command {
  static final String STOP = "stop";

  public RecordCommand() {
    super("record", "/record FILE|stop");
  }

  @Override
  public List<String> choices(Session session) {
    return List.of(STOP);
  }

  @Override
  public void execute(Session session, List<String> args) {
    Recorder current = session.recording();
    if (args.size() > 1 || args.isEmpty() && current == null) {
      usage(session);
    } else if (args.isEmpty() || args.get(0).equals(STOP)) {
      stop(session);
    } else if (current != null) {
      session.print(session.messages().get("record.already", current.file()));
    } else {
      try {
        start(session, Path.of(args.get(0)));
      } catch (InvalidPathException e) {
        session.print(session.messages().get("error.path", args.get(0), e.getReason()));
      }
    }
  }

  private static void start(Session session, Path file) {
    Recorder recorder;
    try {
      recorder = Recorder.open(file);
    } catch (IOException | RuntimeException e) {
      session.print(session.messages().get("record.cannot", file, e.getClass().getSimpleName()));
      return;
    }
    session.print(session.messages().get("record.started", file));
    if (!session.startRecording(recorder)) {
      recorder.close(); // only the REPL thread starts recordings, so this cannot happen
    }
  }

  private static void stop(Session session) {
    Recorder stopped = session.stopRecording();
    if (stopped == null) {
      session.print(session.messages().get("record.none"));
    } else {
      session.print(session.messages().get("record.stopped", stopped.file(), stopped.lines()));
    }
  }
}
