package dev.conch.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a session opened that must not outlive it, such as a file server started with {@code serve}:
 * closed, newest first, when the runtime closes. Thread-safe.
 */
public final class Resources implements AutoCloseable {
  private final Deque<AutoCloseable> open = new ArrayDeque<>(); // guarded by this

  /** Keeps {@code resource} until it is {@link #forget forgotten} or the runtime closes. */
  public synchronized <T extends AutoCloseable> T keep(T resource) {
    open.push(resource);
    return resource;
  }

  /** Lets go of {@code resource}, closed by its owner. */
  public synchronized void forget(AutoCloseable resource) {
    open.remove(resource);
  }

  /** How many resources are open. */
  public synchronized int size() {
    return open.size();
  }

  /**
   * Closes every resource kept, newest first. One that fails to close is passed over and does not
   * keep the others open: closing a session must not fail.
   */
  @Override
  public void close() {
    List<AutoCloseable> closing;
    synchronized (this) {
      closing = new ArrayList<>(open);
      open.clear();
    }
    for (AutoCloseable resource : closing) {
      try {
        resource.close();
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
