package dev.conch.dsl.extensions;

import java.util.Collections;
import java.util.List;

/**
 * A list's methods as Python's, where Groovy's differ without a word:
 *
 * <ul>
 *   <li>{@code xs.pop()}: Groovy's gives the first item (its {@code push} adds at the front),
 *       Python's the last, so a stack kept with {@code xs << x} and {@code xs.pop()} handed out the
 *       wrong item. Here {@code pop()} gives the last item, {@code pop(i)} the one at {@code i}
 *       (from the end when negative), and {@code push} adds at the end, so that {@code push} and
 *       {@code pop} still make a stack.
 *   <li>{@code xs.remove(2)}: Java's removes the item at index 2, Python's the item 2. Here a whole
 *       number is the item, as in Python; {@code removeAt(i)} is Groovy's way by index.
 *   <li>{@code xs.reverse()}: Groovy's gives a reversed copy and leaves {@code xs} as it was,
 *       Python's reverses {@code xs}. Here it reverses {@code xs} and gives it back, so both {@code
 *       xs.reverse(); println xs} and {@code println xs.reverse()} show it reversed.
 * </ul>
 *
 * Stateless.
 */
public final class ListExtensions {
  private ListExtensions() {}

  /** Removes and gives the last item, as Python's {@code list.pop()}. */
  public static <T> T pop(List<T> self) {
    synchronized (self) { // whole, as Python's (see AtomicChanges)
      if (self.isEmpty()) {
        throw new IndexOutOfBoundsException("pop from an empty list");
      }
      return self.remove(self.size() - 1);
    }
  }

  /**
   * Removes and gives the item at {@code index}, counted from the end when negative, as Python's
   * {@code list.pop(i)}.
   */
  public static <T> T pop(List<T> self, int index) {
    synchronized (self) { // whole, as Python's (see AtomicChanges)
      return popAt(self, index);
    }
  }

  private static <T> T popAt(List<T> self, int index) {
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

  /**
   * Removes the first {@code item} (a whole number, which Java's {@code remove(int)} would take for
   * an index), as Python's {@code list.remove(x)}; false when there is none, as {@code remove} of
   * any other value says.
   */
  public static boolean remove(List<?> self, Integer item) {
    return self.remove((Object) item);
  }

  /** Reverses the list itself, as Python's {@code list.reverse()}, and gives it back. */
  public static <T> List<T> reverse(List<T> self) {
    Collections.reverse(self);
    return self;
  }

  /** Adds {@code item} at the end, where {@link #pop(List)} takes from: a stack. */
  public static <T> boolean push(List<T> self, T item) {
    synchronized (self) {
      return self.add(item);
    }
  }
}
