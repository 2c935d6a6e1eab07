package dev.conch.net.serve;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The requests a {@link FileServer} answered, the latest {@link #KEPT} of them, and how many there
 * were in all. Thread-safe: Jetty's threads add, any thread reads a snapshot.
 */
final class ServeLog {
  /** How many entries are kept; older ones are dropped, still counted. */
  static final int KEPT = 10_000;

  private final ArrayDeque<ServeRequest> entries = new ArrayDeque<>(); // guarded by this
  private long count; // guarded by this

  /** Adds an entry, dropping the oldest beyond {@link #KEPT}. */
  synchronized void add(ServeRequest entry) {
    if (entries.size() == KEPT) {
      entries.removeFirst();
    }
    entries.addLast(entry);
    count++;
  }

  /** The entries kept, oldest first; a copy. */
  synchronized List<ServeRequest> snapshot() {
    return List.copyOf(entries);
  }

  /** How many requests were logged in all. */
  synchronized long count() {
    return count;
  }
}
