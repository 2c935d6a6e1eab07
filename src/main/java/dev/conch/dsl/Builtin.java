package dev.conch.dsl;

import java.util.List;

/**
 * One built-in as declared in {@link Builtins}: its name, its synopsis, the named options it takes
 * and the help-topic key of its summary. Immutable.
 *
 * @param name what the learner types
 * @param synopsis how it is called, e.g. {@code sleep(ms)}
 * @param options the named options it accepts, empty when none
 * @param example a line the learner can type to try it
 * @param owner the class whose public static methods of that name implement it
 */
public record Builtin(
    String name, String synopsis, List<String> options, String example, Class<?> owner) {
  /** The message key of the one-line summary, in each language's bundle. */
  public String summaryKey() {
    return "builtin." + name;
  }
}
