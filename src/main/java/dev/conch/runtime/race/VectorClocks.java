package dev.conch.runtime.race;

import java.util.Arrays;

/**
 * Vector clocks as {@code int} arrays indexed by a task's place among those that touched a session
 * variable: entry {@code i} is how far this side knows task {@code i} to have got. An array
 * published to other threads is never changed again; {@link #max} gives a new one when it must.
 * Stateless.
 */
final class VectorClocks {
  static final int[] EMPTY = new int[0];

  private VectorClocks() {}

  /** Entry {@code index} of {@code clock}; zero beyond its end. */
  static int at(int[] clock, int index) {
    return index < clock.length ? clock[index] : 0;
  }

  /** Whether {@code into} already knows all that {@code from} knows. */
  static boolean covers(int[] into, int[] from) {
    for (int i = 0; i < from.length; i++) {
      if (from[i] > at(into, i)) {
        return false;
      }
    }
    return true;
  }

  /** The entry-wise maximum: {@code a} itself when it knows all of {@code b}, else a new array. */
  static int[] max(int[] a, int[] b) {
    if (covers(a, b)) {
      return a;
    }
    int[] joined = Arrays.copyOf(a, Math.max(a.length, b.length));
    for (int i = 0; i < b.length; i++) {
      joined[i] = Math.max(joined[i], b[i]);
    }
    return joined;
  }
}
