package dev.conch.shell.errors;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.runtime.race.RaceReport;
import dev.conch.runtime.race.RaceReport.Side;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Says a race as it is found, in one line in the learner's language: the variable, who touched it
 * where and holding what, and what would order the two. Thread-safe (called on the task whose
 * access found it).
 */
public final class RaceReporter implements Consumer<RaceReport> {
  private final Supplier<Messages> messages;
  private final Consumer<String> out;

  public RaceReporter(Supplier<Messages> messages, Consumer<String> out) {
    this.messages = messages;
    this.out = out;
  }

  @Override
  public void accept(RaceReport race) {
    out.accept(line(race, messages.get()));
  }

  /**
   * {@code race on counter: written by task-1 (line 1, holding nothing) and read by task-2 (line 1,
   * holding nothing) — hold one lock around both, or let one task finish first}. Two writes are
   * what tasks that each set the variable without reading it first make, {@code p = fetch(u)} in
   * each: a name the learner meant as the task's own, as Python makes a name assigned in a
   * function; the line then says how to have that. A shared counter's race is never two writes: its
   * task reads before it writes, and the read is what is found.
   */
  public static String line(RaceReport race, Messages m) {
    String both = m.get("race.both", side(race.first(), m), side(race.second(), m));
    String line = m.get("race.report", race.variable(), both);
    return race.first().write() && race.second().write()
        ? line + m.get("race.own", race.variable(), race.variable())
        : line;
  }

  private static String side(Side side, Messages m) {
    String holding =
        side.holding().isEmpty()
            ? m.get("race.holding.nothing")
            : m.get("race.holding", RuntimeWords.localized(side.holding(), m));
    String site = side.site();
    if (m.lang() == Lang.ZH) {
      site = site.replaceAll("\\bline (\\d+)", "第 $1 行");
    }
    String where = site.isEmpty() ? holding : m.get("race.where", site, holding);
    return m.get(side.write() ? "race.written" : "race.read", side.task(), where);
  }
}
