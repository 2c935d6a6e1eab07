package dev.conch.dsl;

import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;

/**
 * How the built-ins that print ({@code time}, {@code scale}) speak and draw in one session: the
 * learner's language, and whether colours are on. The shell sets it on its {@link ScriptHost};
 * English without colours until then. Immutable.
 *
 * @param lang the language of the words printed
 * @param colour whether to print ANSI colours
 */
public record PrintStyle(Lang lang, boolean colour) {
  /** English, no colours: tests, pipes and sessions the shell has not set up. */
  public static final PrintStyle PLAIN = new PrintStyle(Lang.EN, false);

  public PrintStyle {
    if (lang == null) {
      throw new IllegalArgumentException("look: a language is needed, such as Lang.EN");
    }
  }

  /** The messages in this look's language. */
  public Messages messages() {
    return Messages.of(lang);
  }
}
