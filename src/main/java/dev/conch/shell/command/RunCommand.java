package dev.conch.shell.command;

import dev.conch.i18n.Messages;
import dev.conch.shell.Pager;
import dev.conch.shell.ScriptLocator;
import dev.conch.shell.Session;
import dev.conch.view.TextWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /run ID|FILE [args…]}: runs a script in this session; its variables stay afterwards. With
 * no ID it lists the lessons with their titles.
 */
public final class RunCommand extends Command {
  RunCommand() {
    super("run", "/run ID|FILE [ARGS…]");
  }

  @Override
  public List<String> choices(Session session) {
    return session.scripts().ids();
  }

  @Override
  public Map<String, String> choiceNotes(Session session) {
    return titles(session);
  }

  /** Each lesson's title by its ID, for Tab after a command that takes a lesson. */
  public static Map<String, String> titles(Session session) {
    return session.scripts().lessons().stream()
        .collect(
            Collectors.toMap(
                ScriptLocator.Lesson::id, ScriptLocator.Lesson::title, (first, second) -> first));
  }

  @Override
  public void execute(Session session, List<String> args) {
    if (args.isEmpty()) {
      listLessons(session);
      return;
    }
    Optional<ScriptText> script = ScriptText.load(session, args.get(0));
    if (script.isEmpty()) {
      return;
    }
    session.host().setVariable("args", args.subList(1, args.size()).toArray(new String[0]));
    session.evaluateAndReport(script.get().code(), script.get().name(), true);
  }

  /** The lessons by chapter, an ID and a title a line; the usage when there are none. */
  private void listLessons(Session session) {
    List<ScriptLocator.Lesson> lessons = session.scripts().lessons();
    if (lessons.isEmpty()) {
      usage(session);
      return;
    }
    Messages m = session.messages();
    int ids = lessons.stream().mapToInt(l -> TextWidth.of(l.id())).max().orElse(0);
    List<String> lines = new ArrayList<>();
    lines.add(m.get("run.lessons"));
    String chapter = null;
    for (ScriptLocator.Lesson lesson : lessons) {
      if (!lesson.chapter().equals(chapter)) {
        chapter = lesson.chapter();
        String key = "run.chapter." + chapter;
        lines.add(m.has(key) ? m.get(key) : chapter);
      }
      lines.add("  " + TextWidth.padRight(lesson.id(), ids) + "  " + lesson.title());
    }
    Pager.print(session, lines);
  }
}
