package dev.conch.runtime.race;

import dev.conch.runtime.sync.Holdable;

/**
 * The locks a task holds, newest first, as a list that is never changed once made: an access keeps
 * a reference to the list of its moment, and a report names those locks later. Immutable.
 */
record Held(Holdable lock, Held next) {
  /** {@code held} without its newest entry for {@code lock} (locks are mostly let go in order). */
  static Held without(Held held, Holdable lock) {
    if (held == null) {
      return null;
    }
    if (held.lock == lock) {
      return held.next;
    }
    Held rest = without(held.next, lock);
    return rest == held.next ? held : new Held(held.lock, rest);
  }

  /** {@code lock a, lock b}, oldest first; empty for none. */
  static String describe(Held held) {
    StringBuilder text = new StringBuilder();
    for (Held h = held; h != null; h = h.next) {
      text.insert(0, text.isEmpty() ? h.lock.label() : h.lock.label() + ", ");
    }
    return text.toString();
  }
}
