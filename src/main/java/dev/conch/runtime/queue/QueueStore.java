package dev.conch.runtime.queue;

import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TypeError;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Where a {@link Queue} keeps its items, in the order it gives them back. Items may be null (a
 * learner's usual end-of-work sentinel). Not thread-safe: the queue's lock guards every store.
 */
abstract sealed class QueueStore {
  /** Stands for a null item, which {@link ArrayDeque} cannot hold. */
  private static final Object NULL = new Object();

  /** Adds {@code item}. */
  abstract void add(Object item);

  /** Removes and returns the item whose turn it is; the store is not empty. */
  abstract Object remove();

  abstract int size();

  static Object wrap(Object item) {
    return item == null ? NULL : item;
  }

  static Object unwrap(Object stored) {
    return stored == NULL ? null : stored;
  }

  /** First in, first out; or, for a stack, last in, first out. */
  static final class Line extends QueueStore {
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final boolean lastOutFirst;

    Line(boolean lastOutFirst) {
      this.lastOutFirst = lastOutFirst;
    }

    @Override
    void add(Object item) {
      items.addLast(wrap(item));
    }

    @Override
    Object remove() {
      return unwrap(lastOutFirst ? items.removeLast() : items.removeFirst());
    }

    @Override
    int size() {
      return items.size();
    }
  }

  /**
   * Smallest first in {@link PythonOrder}; items that compare equal leave in the order they came,
   * told apart by a sequence number.
   */
  static final class Priority extends QueueStore {
    private record Entry(long seq, Object item) {}

    private static final Comparator<Entry> ORDER =
        (a, b) -> {
          Integer order = PythonOrder.compare(a.item(), b.item());
          return order == null || order == 0 ? Long.compare(a.seq(), b.seq()) : order;
        };

    private final String label;
    private final PriorityQueue<Entry> items = new PriorityQueue<>(ORDER);
    private long added;

    Priority(String label) {
      this.label = label;
    }

    /**
     * Adds {@code item} after checking that it can be ordered against the smallest item there.
     *
     * @throws MisuseError when it cannot (a word among numbers, a map): the order would be
     *     meaningless
     */
    @Override
    void add(Object item) {
      Entry head = items.peek();
      if (head != null && PythonOrder.compare(item, head.item()) == null) {
        throw new TypeError(
            "queue.order",
            "%s: %s cannot be ordered against %s; put items that compare, such as"
                + " [priority, item] lists with numbers as priorities",
            label,
            PythonOrder.show(item),
            PythonOrder.show(head.item()));
      }
      items.add(new Entry(added++, item));
    }

    @Override
    Object remove() {
      return items.remove().item();
    }

    @Override
    int size() {
      return items.size();
    }
  }
}
