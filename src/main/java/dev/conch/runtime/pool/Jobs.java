package dev.conch.runtime.pool;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Jobs handed to a pool in one call: one function and its inputs. Each input is one argument
 * ({@code map}) or, when {@code spread}, a list of arguments ({@code starmap}, {@code apply}).
 * Immutable as long as the list given is not changed afterwards: the pool hands over a copy of its
 * own.
 *
 * @param what the call that made them, as the progress bar names it ({@code map})
 * @param fn the function
 * @param inputs one entry per job
 * @param spread whether each input is a list of arguments rather than one argument
 */
record Jobs(String what, Job fn, List<?> inputs, boolean spread) {
  Jobs {
    inputs = Collections.unmodifiableList(inputs);
  }

  int size() {
    return inputs.size();
  }

  /** The arguments of job {@code index}. */
  Object[] args(int index) {
    Object input = inputs.get(index);
    if (!spread) {
      return new Object[] {input};
    }
    return switch (input) {
      case Collection<?> c -> c.toArray();
      case Object[] array -> array.clone();
      case null -> new Object[] {null};
      default -> new Object[] {input};
    };
  }
}
