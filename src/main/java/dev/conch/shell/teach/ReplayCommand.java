package dev.conch.shell.teach;

import dev.conch.shell.Session;
import dev.conch.shell.command.Command;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * {@code /replay FILE [SPEED]}: prints a session that /record saved, with its pauses divided by
 * SPEED (1 unless given; 0 or {@code max}: no pauses), typed lines behind the prompt. Ctrl-C stops
 * it: it plays on the evaluating thread, which Ctrl-C interrupts.
 */
public final class ReplayCommand extends Command {
  private final Replay.Sleeper sleeper;

  public ReplayCommand() {
    this(Thread::sleep);
  }

  /** A command pausing with {@code sleeper} (tests give one that does not wait). */
  public ReplayCommand(Replay.Sleeper sleeper) {
    super("replay", "/replay FILE [SPEED]");
    this.sleeper = sleeper;
  }

  @Override
  public void execute(Session session, List<String> args) {
    if (args.isEmpty() || args.size() > 2) {
      usage(session);
      return;
    }
    OptionalDouble speed = Replay.speed(args.size() == 2 ? args.get(1) : "1");
    if (speed.isEmpty()) {
      session.print(session.messages().get("replay.speed", args.get(1)));
      return;
    }
    Replay replay;
    try {
      replay = Replay.read(Path.of(args.get(0)));
    } catch (InvalidPathException e) {
      session.print(session.messages().get("error.path", args.get(0), e.getReason()));
      return;
    } catch (Replay.BadRecording e) {
      session.print(session.messages().get(e.getMessage(), e.args()));
      return;
    }
    play(session, replay, args.get(0), speed.getAsDouble());
  }

  private void play(Session session, Replay replay, String file, double speed) {
    // as 2, not 2.0 (a conditional of a Long and a Double would make both a double)
    Object factor = speed == Math.rint(speed) ? (Object) (long) speed : speed;
    String pace =
        speed == 0
            ? session.messages().get("replay.pace.max")
            : session.messages().get("replay.pace", factor);
    session.print(session.messages().get("replay.start", file, pace));
    Integer shown =
        session.evaluator().perform(() -> replay.play(speed, sleeper, e -> show(session, e)));
    int all = replay.events().size();
    if (shown != null && shown == all) {
      session.print(session.messages().get("replay.end"));
    } else {
      session.print(session.messages().get("replay.interrupted", shown == null ? 0 : shown, all));
    }
  }

  private static void show(Session session, Replay.Event event) {
    switch (event.kind()) {
      case "in" ->
          session.print(
              TypedText.of(event.text(), session.color(), session.reader().getTerminal()));
      case "key" -> session.print(session.messages().get("replay.key", event.text()));
      default -> session.print(event.text());
    }
  }
}
