package dev.conch.net.geo;

import com.maxmind.db.Metadata;
import java.util.Locale;

/**
 * The credit a database's licence asks for whenever its data is shown, chosen from the file's type
 * and description: DB-IP Lite (CC BY 4.0, attribution with a link), MaxMind's GeoLite2 (its EULA's
 * sentence) or GeoIP2; else the file's own description. Stateless and thread-safe.
 */
public final class Attribution {
  /** What DB-IP's licence asks for: the words, the link, the licence. */
  public static final String DB_IP =
      "IP Geolocation by DB-IP (https://db-ip.com), licensed under CC BY 4.0"
          + " (https://creativecommons.org/licenses/by/4.0/)";

  /** MaxMind's sentence for GeoLite2 data. */
  public static final String GEOLITE2 =
      "This product includes GeoLite2 data created by MaxMind, available from"
          + " https://www.maxmind.com.";

  /** MaxMind's credit for its commercial GeoIP2 data. */
  public static final String GEOIP2 = "GeoIP2 data by MaxMind (https://www.maxmind.com)";

  /** The free ip-api service's terms, said with each answer it gave. */
  public static final String IP_API =
      "Geolocation by ip-api.com (free endpoint: non-commercial use only)";

  private Attribution() {}

  /**
   * The credit for a database described by {@code metadata}; {@code flat} says it has the flat
   * schema of ip-location-db's repack, whose city files are DB-IP Lite's unless their words say
   * otherwise.
   */
  public static String of(Metadata metadata, boolean flat) {
    String type = lower(metadata.databaseType());
    String description = lower(metadata.description().getOrDefault("en", ""));
    String words = type + " " + description;
    if (words.contains("dbip") || words.contains("db-ip")) {
      return DB_IP;
    }
    if (words.contains("geolite")) {
      return GEOLITE2;
    }
    if (words.contains("geoip")) {
      return GEOIP2;
    }
    if (flat) {
      return DB_IP;
    }
    String own = metadata.description().get("en");
    return own == null || own.isBlank() ? "Data: " + metadata.databaseType() : "Data: " + own;
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
