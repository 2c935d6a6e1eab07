package dev.conch.net;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL a learner most likely meant when the text given as one has no scheme: {@code
 * 127.0.0.1:8080/a} and {@code localhost/a} are web addresses without their {@code http://}, as
 * Python's requests also suggests. Only text that names a host unmistakably is guessed at: an IPv4
 * address, {@code localhost}, or a name with a port; {@code a.html} may as well be a file.
 * Stateless.
 */
public final class SchemeGuess {
  private static final Pattern HOST_FIRST =
      Pattern.compile(
          "(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?(?:/\\S*)?"
              + "|[A-Za-z0-9.-]+:\\d{1,5}(?:/\\S*)?");

  private SchemeGuess() {}

  /**
   * {@code http://} and {@code text}, when {@code text} names a host first; text with a scheme
   * never does, since a scheme's colon is not followed by a port.
   */
  public static Optional<String> of(String text) {
    return HOST_FIRST.matcher(text).matches() ? Optional.of("http://" + text) : Optional.empty();
  }
}
