package dev.conch.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables that typed lines were to set when they failed ({@code d = download(…)} that threw):
 * when the next line reads {@code d}, "d is not defined" alone sends a learner looking for a typo,
 * where the answer is that the line above failed. Kept until a line sets the name, at most {@value
 * #KEPT} names. Thread-safe.
 */
final class FailedSettings {
  private static final int KEPT = 32;
  private static final int SHOWN = 60;

  /**
   * A line that sets a variable: {@code name = …}, optionally declared ({@code def}, {@code var},
   * {@code final}, a primitive or a capitalised type), but not {@code name == …}.
   */
  private static final Pattern SETS =
      Pattern.compile(
          "^\\s*(?:(?:def|var|final|int|long|double|float|boolean|[A-Z][\\w.]*)\\s+)?"
              + "([A-Za-z_][\\w]*)\\s*=(?!=)");

  private final Map<String, String> lines = new LinkedHashMap<>(); // guarded by this

  /** Notes that {@code code}, typed, failed: the name its first line set was not set. */
  synchronized void failed(String code) {
    set(code).ifPresent(name -> keep(name, firstLine(code)));
  }

  /** Notes that {@code code}, typed, ran: the name its first line set is set now. */
  synchronized void ran(String code) {
    set(code).ifPresent(lines::remove);
  }

  /** The first line of the typed line that was to set {@code name} and failed, shortened. */
  synchronized Optional<String> lineThatFailed(String name) {
    return Optional.ofNullable(lines.get(name));
  }

  private void keep(String name, String line) {
    lines.remove(name);
    if (lines.size() == KEPT) {
      lines.remove(lines.keySet().iterator().next());
    }
    lines.put(name, line);
  }

  private static Optional<String> set(String code) {
    Matcher m = SETS.matcher(code);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String firstLine(String code) {
    String first = code.strip().lines().findFirst().orElse("");
    boolean more = first.length() > SHOWN || !first.equals(code.strip());
    return (first.length() > SHOWN ? first.substring(0, SHOWN) : first) + (more ? " …" : "");
  }
}
