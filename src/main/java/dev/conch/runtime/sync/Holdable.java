package dev.conch.runtime.sync;

/**
 * Something one task holds while others wait for it: a runtime lock, or a lock of the JVM itself (a
 * {@code synchronized} monitor, a {@code java.util.concurrent} lock) that the deadlock watcher
 * learns about from the JVM. It names itself for reports and {@code /tasks}.
 */
public interface Holdable {
  /** How the guard is named in messages: {@code lock a}, {@code synchronized (Object@1b6d3586)}. */
  String label();
}
