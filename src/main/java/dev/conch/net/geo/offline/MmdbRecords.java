package dev.conch.net.geo.offline;

import com.maxmind.db.MaxMindDbParameter;
import dev.conch.net.geo.GeoRow;
import java.util.List;

/**
 * The records {@code maxmind-db} decodes a city database's data into, one shape per schema, taking
 * only the keys a {@link GeoRow} needs. Numbers are taken as {@link Object} because writers store
 * coordinates as {@code double} or {@code float}. Public only because the reader builds them by
 * reflection. Immutable.
 */
public final class MmdbRecords {
  private MmdbRecords() {}

  /** A GeoIP2/GeoLite2-City record (also DB-IP's own download): nested maps. */
  public record GeoIp2City(
      @MaxMindDbParameter(name = "country") Place country,
      @MaxMindDbParameter(name = "subdivisions") List<Place> subdivisions,
      @MaxMindDbParameter(name = "city") Place city,
      @MaxMindDbParameter(name = "location") Location location) {

    /** The first subdivision's English name, or null. */
    String region() {
      return subdivisions == null || subdivisions.isEmpty() ? null : subdivisions.getFirst().en();
    }
  }

  /** A country, subdivision or city: its ISO code and names by language. */
  public record Place(
      @MaxMindDbParameter(name = "iso_code") String isoCode,
      @MaxMindDbParameter(name = "names") Names names) {

    /** The English name, or null. */
    String en() {
      return names == null ? null : names.en();
    }
  }

  /** The names of a place; only English is read. */
  public record Names(@MaxMindDbParameter(name = "en") String en) {}

  /** Where a GeoIP2 record points. */
  public record Location(
      @MaxMindDbParameter(name = "latitude") Object latitude,
      @MaxMindDbParameter(name = "longitude") Object longitude,
      @MaxMindDbParameter(name = "time_zone") String timeZone) {}

  /** A record of the flat schema of DB-IP Lite as ip-location-db repacks it. */
  public record FlatCity(
      @MaxMindDbParameter(name = "country_code") String countryCode,
      @MaxMindDbParameter(name = "state1") String state1,
      @MaxMindDbParameter(name = "city") String city,
      @MaxMindDbParameter(name = "latitude") Object latitude,
      @MaxMindDbParameter(name = "longitude") Object longitude,
      @MaxMindDbParameter(name = "timezone") String timezone) {}
}
