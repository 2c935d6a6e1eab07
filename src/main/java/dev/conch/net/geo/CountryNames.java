package dev.conch.net.geo;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English country names from ISO 3166 codes, for databases that store only the code (DB-IP Lite's
 * flat schema). Thread-safe: the names found are kept in a concurrent map.
 */
final class CountryNames {
  private static final Map<String, String> NAMES = new ConcurrentHashMap<>();

  private CountryNames() {}

  /** The English name of {@code code}, or the code itself when the JDK knows no name for it. */
  static String of(String code) {
    if (code == null) {
      return null;
    }
    return NAMES.computeIfAbsent(code, CountryNames::lookUp);
  }

  private static String lookUp(String code) {
    try {
      String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
      return name.isEmpty() ? code : name;
    } catch (IllformedLocaleException e) {
      return code;
    }
  }
}
