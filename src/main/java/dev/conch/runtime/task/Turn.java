package dev.conch.runtime.task;

/**
 * The turn of the coroutines, as what a coroutine waits for while another one holds it: a coroutine
 * ready to go on, or one that switched away, is journaled as {@link TaskState#WAITING} on it, so
 * that {@code /tasks} and the timeline show one coroutine running at a time. Immutable.
 */
public enum Turn {
  /** The one value: the turn a coroutine waits for. */
  ITS_TURN;

  /** {@code its turn}, as {@code /tasks} shows what a waiting coroutine waits for. */
  @Override
  public String toString() {
    return "its turn";
  }
}
