package dev.conch.runtime.pool;

import java.util.Arrays;

/**
 * What a pool worker is doing, as {@code /tasks} shows it: {@code job 7: fn(3)}. Made for every job
 * a worker starts, so it only keeps references and formats when asked. Immutable (the arguments are
 * read, never changed).
 *
 * @param job the job's number in its pool, from 1
 * @param fn the function
 * @param args the arguments it is called with
 */
record JobLabel(int job, Job fn, Object[] args) {
  /** The longest one argument is shown; longer ones end in an ellipsis. */
  private static final int ARG_WIDTH = 30;

  /** The call as a learner would write it: {@code isPrime(7)}, {@code fn('a', 2)}. */
  static String call(Job fn, Object[] args) {
    StringBuilder text = new StringBuilder(fn.name()).append('(');
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(show(args[i]));
    }
    return text.append(')').toString();
  }

  private static String show(Object arg) {
    String text;
    try {
      text =
          switch (arg) {
            case null -> "null";
            case CharSequence s -> "'" + s + "'";
            case Object[] array -> Arrays.deepToString(array);
            default -> String.valueOf(arg);
          };
    } catch (RuntimeException e) { // a job may be changing its argument while /tasks reads it
      text = arg.getClass().getSimpleName();
    }
    return text.length() <= ARG_WIDTH ? text : text.substring(0, ARG_WIDTH - 1) + "…";
  }

  @Override
  public String toString() {
    return "job " + job + ": " + call(fn, args);
  }
}
