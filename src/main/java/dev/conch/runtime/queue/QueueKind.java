package dev.conch.runtime.queue;

/**
 * The order in which a {@link Queue} gives its items back, with the words that name it. Immutable.
 */
enum QueueKind {
  /** First in, first out (Python's {@code Queue}). */
  FIFO("queue", "queue"),
  /** Last in, first out: a stack (Python's {@code LifoQueue}). */
  LIFO("lifo queue", "lifo"),
  /** Smallest first, equals in the order they came (Python's {@code PriorityQueue}). */
  PRIORITY("priority queue", "priority");

  private final String word;
  private final String prefix;

  QueueKind(String word, String prefix) {
    this.word = word;
    this.prefix = prefix;
  }

  /** How a queue of this kind is named in messages, before its name: {@code lifo queue}. */
  String word() {
    return word;
  }

  /** The start of a generated name: {@code lifo} in {@code lifo-2}. */
  String prefix() {
    return prefix;
  }

  /** An empty store keeping items in this order, for the queue labelled {@code label}. */
  QueueStore newStore(String label) {
    return switch (this) {
      case FIFO -> new QueueStore.Line(false);
      case LIFO -> new QueueStore.Line(true);
      case PRIORITY -> new QueueStore.Priority(label);
    };
  }
}
