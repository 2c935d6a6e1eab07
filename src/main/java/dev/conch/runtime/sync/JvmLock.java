package dev.conch.runtime.sync;

import java.lang.management.LockInfo;

/**
 * A lock of the JVM that a task holds or waits for outside the runtime: the monitor of a {@code
 * synchronized} block, or a {@code java.util.concurrent} lock used directly. Immutable.
 *
 * @param type the simple name of the lock's class ({@code Object}, {@code ReentrantLock})
 * @param identity the lock object's identity hash, which tells two locks of one class apart
 * @param monitor whether it is a {@code synchronized} monitor, whose waiters cannot be interrupted
 */
public record JvmLock(String type, int identity, boolean monitor) implements Holdable {

  /** The lock the JVM describes as {@code info}. */
  public static JvmLock of(LockInfo info, boolean monitor) {
    String name = info.getClassName();
    int outer = name.indexOf('$');
    if (outer > 0) {
      name = name.substring(0, outer); // ReentrantLock$NonfairSync is the ReentrantLock's part
    }
    return new JvmLock(
        name.substring(name.lastIndexOf('.') + 1), info.getIdentityHashCode(), monitor);
  }

  @Override
  public String label() {
    String object = type + "@" + Integer.toHexString(identity);
    return monitor ? "synchronized (" + object + ")" : object;
  }

  @Override
  public String toString() {
    return label();
  }
}
