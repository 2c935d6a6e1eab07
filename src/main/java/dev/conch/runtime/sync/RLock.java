package dev.conch.runtime.sync;

/**
 * A re-entrant lock: the task that holds it may take it again, and must release it as many times as
 * it took it (Python's {@code RLock}). Thread-safe, as {@link Lock}.
 */
public final class RLock extends Lock {
  RLock(String name) {
    super(name);
  }

  @Override
  boolean reentrant() {
    return true;
  }
}
