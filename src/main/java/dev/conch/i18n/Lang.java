package dev.conch.i18n;

import java.util.Locale;
import java.util.Map;

/** The languages Conch speaks. Immutable. */
public enum Lang {
  EN(Locale.ENGLISH),
  ZH(Locale.SIMPLIFIED_CHINESE);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The code a learner types: {@code en} or {@code zh}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language for {@code code}, or null when Conch does not speak it. */
  public static Lang parse(String code) {
    for (Lang lang : values()) {
      if (lang.code().equalsIgnoreCase(code)) {
        return lang;
      }
    }
    return null;
  }

  /**
   * The language the environment asks for: {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG}
   * starting with {@code zh} gives Chinese; anything else English.
   */
  public static Lang fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
      }
    }
    return EN;
  }
}
