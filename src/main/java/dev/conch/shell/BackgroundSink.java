package dev.conch.shell;

import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.Task;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Prints what tasks print above the prompt without breaking the line being typed. Lines of the line
 * being evaluated come as they are; lines of background tasks carry their task's name, in a colour
 * of their own when colours are on. Thread-safe (the reader serialises printing).
 */
final class BackgroundSink implements OutputRouter.Sink {
  private static final int[] PALETTE = {
    AttributedStyle.GREEN, AttributedStyle.MAGENTA, AttributedStyle.CYAN,
    AttributedStyle.YELLOW, AttributedStyle.BLUE, AttributedStyle.RED
  };

  private final LineReader reader;
  private final boolean color;

  BackgroundSink(LineReader reader, boolean color) {
    this.reader = reader;
    this.color = color;
  }

  @Override
  public void line(Task task, String text, boolean error) {
    boolean foreground = task == null || task.getRun() == null || task == task.getRun().main();
    AttributedStringBuilder out = new AttributedStringBuilder();
    if (!foreground) {
      String tag = "[" + task.getName() + "] ";
      if (color) {
        out.styled(
            AttributedStyle.DEFAULT.foreground(PALETTE[(int) (task.getId() % PALETTE.length)]),
            tag);
      } else {
        out.append(tag);
      }
    }
    if (error && color) {
      out.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.RED), text);
    } else {
      out.append(text);
    }
    reader.printAbove(out.toAttributedString());
  }
}
