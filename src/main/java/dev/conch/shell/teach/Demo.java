package dev.conch.shell.teach;

import dev.conch.dsl.Outcome;
import dev.conch.i18n.Messages;
import dev.conch.runtime.task.Run;
import dev.conch.shell.Pager;
import dev.conch.shell.Session;
import dev.conch.shell.Views;
import dev.conch.view.TextWidth;
import dev.conch.view.WordWrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * One demo in progress: shows a step (its prose, then its code behind the prompt, paged when longer
 * than the screen), waits for a key, and runs the step in the session on Enter, as if it had been
 * typed. Until the demo ends, a deadlock among the tasks its steps started is cured at once, as in
 * a script; after the last step it waits for those tasks as /run does. Confined to the REPL thread.
 */
final class Demo {
  private static final Pattern TITLE = Pattern.compile("[A-Z][0-9]{2} ");

  private final Session session;
  private final String name;
  private final List<DemoScript.Step> steps;
  private final DemoKeys keys;
  private final List<Run> runs = new CopyOnWriteArrayList<>(); // read by the deadlock watcher
  private int at;
  private int last = -1;

  Demo(Session session, String name, List<DemoScript.Step> steps, DemoKeys keys) {
    this.session = session;
    this.name = name;
    this.steps = List.copyOf(steps);
    this.keys = keys;
  }

  /** Steps through the script until its end or until the teacher quits. */
  void run() throws IOException {
    session.deadlocks().waitFor(runs::contains);
    try {
      show();
      boolean going = true;
      while (going) {
        DemoKeys.Key key = keys.next();
        session.recordKey(key.label());
        going = obey(key);
      }
    } finally {
      session.deadlocks().waitFor(null);
    }
  }

  /** Does what {@code key} asks; false once the demo is over. */
  private boolean obey(DemoKeys.Key key) {
    Messages m = session.messages();
    switch (key) {
      case RUN -> {
        execute(at);
        at++;
        if (at == steps.size()) {
          finish();
          return false;
        }
        show();
      }
      case BACK -> {
        if (at == 0) {
          session.print(m.get("demo.first"));
        }
        at = Math.max(0, at - 1);
        show();
      }
      case RERUN -> rerun();
      case QUIT -> {
        session.print(m.get("demo.quit", at + 1, steps.size()));
        return false;
      }
      case HELP -> session.print(m.get("demo.keys"));
      case OTHER -> session.print(m.get("demo.hint"));
    }
    return true;
  }

  private void rerun() {
    if (last < 0) {
      session.print(session.messages().get("demo.nothing"));
      return;
    }
    execute(last);
    show();
  }

  /**
   * Shows the step: its title and prose, its code behind the prompt and the keys, wrapped to the
   * screen and a screenful at a time when the step is longer than the screen.
   */
  private void show() {
    DemoScript.Step step = steps.get(at);
    Messages m = session.messages();
    List<String> lines = new ArrayList<>();
    lines.add(m.get("demo.step", name, at + 1, steps.size()));
    lines.addAll(prose(step.prose())); // the pager wraps them
    if (step.hasCode()) {
      lines.addAll(
          TypedText.of(step.code(), session.color(), session.reader().getTerminal())
              .lines()
              .toList());
    }
    lines.add(m.get("demo.hint"));
    Pager.print(session, lines);
  }

  /**
   * The prose as written when it fits the screen; else with its sentences joined again where the
   * script broke them for a wider screen, a lesson's title line ({@code T08 A lock …}) kept apart.
   */
  private List<String> prose(List<String> prose) {
    int width = Views.width(session);
    if (prose.stream().allMatch(line -> TextWidth.of(line) <= width)) {
      return prose;
    }
    if (TITLE.matcher(prose.get(0)).lookingAt()) {
      List<String> joined = new ArrayList<>(List.of(prose.get(0)));
      joined.addAll(WordWrap.rejoin(prose.subList(1, prose.size())));
      return joined;
    }
    return WordWrap.rejoin(prose);
  }

  private void execute(int index) {
    last = index;
    DemoScript.Step step = steps.get(index);
    if (!step.hasCode()) {
      return;
    }
    String label = session.messages().get("demo.label", name, index + 1);
    Outcome outcome = session.evaluateAndReport(step.code(), label, false);
    if (outcome != null) {
      runs.add(outcome.run());
    }
  }

  /** Waits for the tasks the steps started, as the end of a script does. */
  private void finish() {
    Integer stopped = session.evaluator().perform(this::awaitTasks);
    if (stopped == null) {
      session.print(session.messages().get("interrupted.stuck", "main"));
    } else if (stopped > 0) {
      session.print(session.messages().get("interrupted.tasks", stopped));
    }
    session.print(session.messages().get("demo.done", name));
  }

  /**
   * Waits until the non-daemon tasks of every step have ended, then cuts off the daemons; on Ctrl-C
   * cancels them all. Returns how many tasks Ctrl-C stopped.
   */
  private int awaitTasks() {
    try {
      for (Run run : runs) {
        run.awaitNonDaemons();
      }
      runs.forEach(Run::cutDaemons);
      return 0;
    } catch (InterruptedException e) {
      int stopped = runs.stream().mapToInt(Run::cancelAll).sum();
      Thread.currentThread().interrupt();
      return stopped;
    }
  }
}
