package dev.conch.view;

import dev.conch.runtime.deadlock.Deadlock;
import dev.conch.runtime.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A deadlock in words and as a small drawing of its cycle: who holds what and who waits for what.
 * Stateless; the words come from the caller, so they can be English or Chinese.
 */
public final class DeadlockView {
  private DeadlockView() {}

  /**
   * The words, as {@link String#format} patterns.
   *
   * @param title given the names of the tasks, joined
   * @param link given the waiter, the lock it holds, the lock it waits for, and that lock's holder
   * @param arrow given the lock waited for, e.g. {@code ─waits for %s─▶}
   * @param label how a lock's label is said ({@code lock a}, or {@code 锁 a} in Chinese)
   */
  public record Words(String title, String link, String arrow, UnaryOperator<String> label) {
    /** The English words. */
    public static Words english() {
      return new Words(
          "deadlock: %s wait for each other and can never go on",
          "%s holds %s and waits for %s, which %s holds",
          "─waits for %s─▶",
          UnaryOperator.identity());
    }
  }

  /** The lines describing {@code deadlock}. */
  public static List<String> render(Deadlock deadlock, Words words) {
    List<Deadlock.Link> links = deadlock.links();
    List<String> lines = new ArrayList<>();
    String names = links.stream().map(l -> l.waiter().getName()).collect(Collectors.joining(", "));
    lines.add(String.format(words.title(), names));
    for (int i = 0; i < links.size(); i++) {
      Deadlock.Link link = links.get(i);
      Deadlock.Link before = links.get((i + links.size() - 1) % links.size());
      lines.add(
          "  "
              + String.format(
                  words.link(),
                  link.waiter().getName(),
                  words.label().apply(before.lock().label()),
                  words.label().apply(link.lock().label()),
                  name(link.holder())));
    }
    StringBuilder ring = new StringBuilder("  ");
    for (Deadlock.Link link : links) {
      ring.append(link.waiter().getName())
          .append(' ')
          .append(String.format(words.arrow(), words.label().apply(link.lock().label())))
          .append(' ');
    }
    lines.add(ring.append(links.get(0).waiter().getName()).toString());
    return lines;
  }

  private static String name(Task task) {
    return task == null ? "?" : task.getName();
  }
}
