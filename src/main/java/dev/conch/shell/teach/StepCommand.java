package dev.conch.shell.teach;

import dev.conch.runtime.task.Coroutines;
import dev.conch.runtime.task.Task;
import dev.conch.shell.Session;
import dev.conch.shell.command.Command;
import dev.conch.shell.command.ScriptText;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/**
 * {@code /step ID|FILE} and {@code /step seed N ID|FILE}: runs a script whose coroutines advance
 * one turn at a time. Wherever more than one coroutine is ready, the class chooses which runs next
 * (or a seeded random choice does, the same for the same seed), and sleeps take no real time, so a
 * schedule can be found, shown and replayed exactly. The chooser asks on the coroutine's thread
 * while the REPL thread waits for the script: one reader at a time.
 */
public final class StepCommand extends Command {
  public StepCommand() {
    super("step", "/step [seed N] ID|FILE");
  }

  @Override
  public List<String> choices(Session session) {
    return session.scripts().ids();
  }

  @Override
  public void execute(Session session, List<String> args) {
    Long seed = null;
    List<String> rest = args;
    if (!args.isEmpty() && args.get(0).equals("seed")) {
      seed = args.size() > 1 ? parseWhole(args.get(1)) : null;
      if (seed == null) {
        usage(
            session,
            args.size() > 1 ? session.messages().get("step.seed.bad", args.get(1)) : synopsis());
        return;
      }
      rest = args.subList(2, args.size());
    }
    if (rest.isEmpty()) {
      usage(session);
      return;
    }
    Optional<ScriptText> script = ScriptText.load(session, rest.get(0));
    if (script.isEmpty()) {
      return;
    }
    Coroutines coroutines = session.runtime().tasks().coroutines();
    Coroutines.Chooser chooser =
        seed == null ? new AskTheClass(session) : new Seeded(session, seed);
    coroutines.schedule(chooser, true);
    try {
      session.host().setVariable("args", rest.subList(1, rest.size()).toArray(new String[0]));
      session.evaluateAndReport(script.get().code(), script.get().name(), true);
    } finally {
      coroutines.schedule(null, false);
    }
  }

  private static Long parseWhole(String word) {
    try {
      return Long.parseLong(word);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String names(List<Task> ready) {
    return ready.stream().map(Task::getName).collect(Collectors.joining(", "));
  }

  /** A seeded random schedule: every choice is printed, and the same seed makes the same ones. */
  private static final class Seeded implements Coroutines.Chooser {
    private final Session session;
    private final Random random;
    private int step;

    Seeded(Session session, long seed) {
      this.session = session;
      this.random = new Random(seed);
    }

    @Override
    public int choose(List<Task> ready) {
      int index = random.nextInt(ready.size());
      step++;
      session.print(
          session.messages().get("step.seeded", step, ready.get(index).getName(), names(ready)));
      return index;
    }
  }

  /** The class chooses: Enter takes the first, a number picks one, c runs on, q stops the run. */
  private static final class AskTheClass implements Coroutines.Chooser {
    private final Session session;
    private int step;
    private boolean runOn;

    AskTheClass(Session session) {
      this.session = session;
    }

    @Override
    public int choose(List<Task> ready) {
      if (runOn) {
        return 0;
      }
      step++;
      // numbered by start order, so that each coroutine keeps its number from step to step
      List<Task> byStart =
          ready.stream().sorted(java.util.Comparator.comparingLong(Task::getId)).toList();
      String menu =
          IntStream.range(0, byStart.size())
              .mapToObj(i -> (i + 1) + ") " + byStart.get(i).getName())
              .collect(Collectors.joining("  "));
      session.print(session.messages().get("step.ready", step, menu));
      while (true) {
        String answer;
        try {
          answer = session.reader().readLine(session.messages().get("step.prompt")).strip();
        } catch (UserInterruptException | EndOfFileException e) {
          answer = "q";
        }
        if (answer.isEmpty()) {
          return ready.indexOf(byStart.get(0));
        }
        if (answer.equals("c")) {
          runOn = true;
          return 0;
        }
        if (answer.equals("q")) {
          Task me = Task.current();
          if (me != null && me.getRun() != null) {
            me.getRun().cancelAll();
          }
          runOn = true;
          return 0;
        }
        Long n = parseWhole(answer);
        if (n != null && n >= 1 && n <= ready.size()) {
          return ready.indexOf(byStart.get((int) (n - 1)));
        }
        session.print(session.messages().get("step.answer.bad", answer, ready.size()));
      }
    }
  }
}
