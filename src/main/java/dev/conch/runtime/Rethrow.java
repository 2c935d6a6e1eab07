package dev.conch.runtime;

/**
 * Throws a checked exception, as it is, through a method that cannot declare it: an {@link
 * InterruptedException} out of an {@link java.util.Iterator}'s {@code next()} stays what it is, so
 * Ctrl-C is recognised; a proxied call's checked error reaches Groovy code unwrapped, as Groovy
 * code expects. Stateless.
 */
public final class Rethrow {
  private Rethrow() {}

  /**
   * Throws {@code error}; declared to return an exception so that a caller can write {@code throw
   * Rethrow.unchecked(e)} and the compiler knows the method ends there.
   */
  public static RuntimeException unchecked(Throwable error) {
    throw Rethrow.<RuntimeException>as(error);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E as(Throwable error) throws E {
    throw (E) error;
  }
}
