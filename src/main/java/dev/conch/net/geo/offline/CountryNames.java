package dev.conch.net.geo.offline;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * English country names from ISO 3166 codes, for databases that store only the code (DB-IP Lite's
 * flat schema). Each code read from a file is a new string; the country found for it holds one
 * shared instance, so that a million rows keep twelve codes, not a million. Thread-safe: the
 * countries found are kept in a concurrent map.
 */
final class CountryNames {
  private static final Map<String, Country> COUNTRIES = new ConcurrentHashMap<>();

  /** A country's code, the same instance every time, and its English name. */
  record Country(String code, String name) {}

  private CountryNames() {}

  /**
   * The country of {@code code}, named by the code itself when the JDK knows no name for it; null
   * for null.
   */
  static Country of(String code) {
    if (code == null) {
      return null;
    }
    return COUNTRIES.computeIfAbsent(code, c -> new Country(c, lookUp(c)));
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
