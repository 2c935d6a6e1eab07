package dev.conch.runtime.sync;

import dev.conch.runtime.errors.MisuseError;

/**
 * A semaphore that refuses to be released more times than it was acquired (Python's {@code
 * threading.BoundedSemaphore}): a release that would leave more permits free than it started with
 * is a {@link MisuseError}, which catches a task giving back a permit it never took. Thread-safe,
 * as {@link Semaphore}.
 */
public final class BoundedSemaphore extends Semaphore {
  BoundedSemaphore(String name, int permits) {
    super(name, permits, true);
  }
}
