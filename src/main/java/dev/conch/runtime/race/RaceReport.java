package dev.conch.runtime.race;

/**
 * A race as it was found: two accesses to one session variable by two tasks, at least one a write,
 * with nothing ordering them. Immutable.
 *
 * @param variable the session variable's name
 * @param first the earlier access
 * @param second the access that found the race
 * @param run the run (a line at the prompt, a script) in which it was found
 * @param at when it was found, in runtime nanoseconds ({@code Clock.now()})
 */
public record RaceReport(String variable, Side first, Side second, long run, long at) {
  /**
   * One of the two accesses.
   *
   * @param task the name of the task that made it
   * @param write whether it wrote the variable (else it read it)
   * @param site where in the learner's code: {@code line 3}, {@code T07 line 12}; empty if unknown
   * @param holding the locks the task held then, {@code lock m, rlock r}; empty for none
   */
  public record Side(String task, boolean write, String site, String holding) {}
}
