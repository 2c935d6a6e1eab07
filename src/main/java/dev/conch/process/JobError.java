package dev.conch.process;

import java.io.Serial;
import java.io.Serializable;

/**
 * How one job of a batch failed in a child, as it travels back: the error in one line. Immutable.
 *
 * @param text the error, such as {@code ArithmeticException: Division by zero}
 */
record JobError(String text) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
