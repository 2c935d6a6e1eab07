package dev.conch.dsl.extensions;

import java.util.List;

/**
 * A list's {@code pop} as Python's, where Groovy's differs: Groovy's {@code xs.pop()} gives the
 * first item (its {@code push} adds at the front), Python's the last, and a learner who keeps a
 * stack in a list with {@code xs << x} and {@code xs.pop()} got the wrong item without a word. Here
 * {@code pop()} gives the last item, {@code pop(i)} the one at {@code i} (from the end when
 * negative), and {@code push} adds at the end, so that {@code push} and {@code pop} still make a
 * stack. Stateless.
 */
public final class ListExtensions {
  private ListExtensions() {}

  /** Removes and gives the last item, as Python's {@code list.pop()}. */
  public static <T> T pop(List<T> self) {
    if (self.isEmpty()) {
      throw new IndexOutOfBoundsException("pop from an empty list");
    }
    return self.remove(self.size() - 1);
  }

  /**
   * Removes and gives the item at {@code index}, counted from the end when negative, as Python's
   * {@code list.pop(i)}.
   */
  public static <T> T pop(List<T> self, int index) {
    int size = self.size();
    int at = index < 0 ? index + size : index;
    if (at < 0 || at >= size) {
      throw new IndexOutOfBoundsException(
          size == 0
              ? "pop from an empty list"
              : "pop index "
                  + index
                  + " is out of range for a list of "
                  + size
                  + (size == 1 ? " item" : " items"));
    }
    return self.remove(at);
  }

  /** Adds {@code item} at the end, where {@link #pop(List)} takes from: a stack. */
  public static <T> boolean push(List<T> self, T item) {
    return self.add(item);
  }
}
