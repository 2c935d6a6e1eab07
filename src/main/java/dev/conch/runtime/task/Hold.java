package dev.conch.runtime.task;

/**
 * A task's hold on one lock or semaphore, as its {@link TaskHoldings} keeps it: whether the task
 * still holds it, and how to give all of it back should the task be cancelled. Each lock and
 * semaphore has one, so that what a learner holds need not show these internals. Implementations
 * are called on the holding task's own thread.
 */
public interface Hold {
  /** Whether {@code task} holds it still. */
  boolean heldBy(Task task);

  /** Gives back everything {@code task} holds of it: every hold of a lock, each permit. */
  void releaseAll(Task task);
}
