package dev.conch.runtime.sync;

import dev.conch.runtime.task.Task;

/**
 * A lock one task holds at a time, whose holder this runtime knows: {@link Lock} and {@link RLock}
 * here, and a lock in a Redis server held by a task of this shell. The deadlock watcher follows a
 * task blocked on one to its holder. Implementations are thread-safe.
 */
public interface OwnedLock extends Holdable {
  /** The task of this runtime holding it, or null (free, or held elsewhere). */
  Task owner();
}
