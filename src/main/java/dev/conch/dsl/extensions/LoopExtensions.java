package dev.conch.dsl.extensions;

import dev.conch.dsl.DirectCall;
import groovy.lang.Closure;

/**
 * {@code n.times { … }} as Groovy's own, with the block called straight at its code where it can
 * (see {@link DirectCall}): Groovy calls it through its metaclass on every turn, which in a
 * learner's {@code 1_000_000.times { m.withLock { counter++ } } } cost more than the lock. A block
 * whose code does not take the turn's number as it is goes through Groovy's call, as before. A
 * Groovy extension method on {@code Integer}, which Groovy prefers to its own on {@code Number};
 * stateless.
 */
public final class LoopExtensions {
  private LoopExtensions() {}

  /** Calls {@code block} with 0, 1, … {@code self - 1}, as Groovy's {@code times}. */
  public static void times(Integer self, Closure<?> block) throws Exception {
    int n = self;
    DirectCall direct = n > 0 ? DirectCall.of(block, 1) : null;
    Object[] turn = new Object[1];
    for (int i = 0; i < n; i++) {
      turn[0] = i;
      if (direct != null && direct.fits(block, turn)) {
        direct.call(block, turn);
      } else {
        block.call(i);
      }
      if (block.getDirective() == Closure.DONE) {
        break;
      }
    }
  }
}
