package dev.conch.runtime;

/**
 * What a wait on a broken {@link Barrier} raises (Python's {@code BrokenBarrierError}): its message
 * names the barrier and says what broke it, such as {@code barrier b: broken (task w1 timed out
 * waiting); reset() it to use it again}. Immutable.
 */
public final class BrokenBarrier extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BrokenBarrier(String message) {
    super(message);
  }
}
