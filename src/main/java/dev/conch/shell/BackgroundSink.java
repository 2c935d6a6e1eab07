package dev.conch.shell;

import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.task.Task;
import java.util.function.Consumer;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Prints what tasks print above the prompt without breaking the line being typed. Lines of the line
 * being evaluated come as they are; lines of background tasks carry their task's name, in a colour
 * of their own when colours are on. Thread-safe (the reader serialises printing) if the tap is.
 */
public final class BackgroundSink implements OutputRouter.Sink {
  private static final int[] PALETTE = {
    AttributedStyle.GREEN, AttributedStyle.MAGENTA, AttributedStyle.CYAN,
    AttributedStyle.YELLOW, AttributedStyle.BLUE, AttributedStyle.RED
  };

  private final LineReader reader;
  private final boolean color;
  private final Consumer<String> tap;

  /** A sink printing through {@code reader}; {@code tap} also gets each line (for /record). */
  public BackgroundSink(LineReader reader, boolean color, Consumer<String> tap) {
    this.reader = reader;
    this.color = color;
    this.tap = tap;
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
    tap.accept(out.toString());
  }
}
