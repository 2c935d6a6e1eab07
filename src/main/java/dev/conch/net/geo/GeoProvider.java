package dev.conch.net.geo;

import java.util.Locale;

/**
 * Where {@code geo} gets its answers: {@code offline} (a MaxMind DB file), {@code ip-api} (the web
 * service) or {@code auto} (offline when a file is found, else ip-api). Immutable.
 */
public enum GeoProvider {
  AUTO("auto"),
  OFFLINE("offline"),
  IP_API("ip-api");

  private final String word;

  GeoProvider(String word) {
    this.word = word;
  }

  /** The word a learner writes: {@code auto}, {@code offline}, {@code ip-api}. */
  public String word() {
    return word;
  }

  /**
   * The provider {@code text} names ({@code ipapi} and {@code ip_api} also name ip-api).
   *
   * @throws GeoError {@code geo.provider} when it names none
   */
  public static GeoProvider parse(String text) {
    String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (key) {
      case "auto" -> AUTO;
      case "offline", "mmdb" -> OFFLINE;
      case "ip-api", "ipapi" -> IP_API;
      default ->
          throw new GeoError(
              "geo.provider", "geo: unknown provider '%s' (auto, offline, ip-api)", text);
    };
  }

  @Override
  public String toString() {
    return word;
  }
}
