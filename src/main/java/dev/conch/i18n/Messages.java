package dev.conch.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The messages of one language, read from {@code messages_<lang>.properties} (UTF-8). Arguments are
 * filled in with {@link String#format}. Immutable and thread-safe.
 */
public final class Messages {
  private final Lang lang;
  private final ResourceBundle bundle;

  private Messages(Lang lang) {
    this.lang = lang;
    this.bundle =
        ResourceBundle.getBundle(
            "dev.conch.i18n.messages",
            lang.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Messages of(Lang lang) {
    return new Messages(lang);
  }

  public Lang lang() {
    return lang;
  }

  /** The message {@code key} with {@code args} filled in; the key itself when it is missing. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : String.format(lang.locale(), pattern, args);
  }

  /** Whether {@code key} has a message. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** The help page {@code topic} in this language, falling back to English. */
  public Optional<String> helpPage(String topic) {
    for (Lang l : new Lang[] {lang, Lang.EN}) {
      String path = "help/" + l.code() + "/" + topic + ".txt";
      try (InputStream in = Messages.class.getResourceAsStream(path)) {
        if (in != null) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
