package dev.conch.runtime.sync;

import dev.conch.runtime.errors.KeyedError;

/**
 * What a wait on a broken {@link Barrier} raises (Python's {@code BrokenBarrierError}): its message
 * names the barrier and says what broke it, such as {@code barrier b: broken (task w1 timed out
 * waiting); reset() it to use it again}. The shell says it in the learner's language. Immutable.
 */
public final class BrokenBarrierError extends KeyedError {
  private static final long serialVersionUID = 1L;

  /** {@code barrier} is broken for {@code reason}; {@code resetHint}: say that reset() mends it. */
  BrokenBarrierError(String barrier, String reason, boolean resetHint) {
    super(
        resetHint ? "barrier.broken.reset" : "barrier.broken",
        null,
        resetHint ? "%s: broken (%s); reset() it to use it again" : "%s: broken (%s)",
        barrier,
        reason);
  }
}
