package dev.conch.net.geo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one address is, or why that is not known: one row of a {@code geo} result. {@code status}
 * is {@code success} or {@code fail}; a failed row says why in {@code message} ({@code private
 * range}, {@code reserved range}, {@code invalid query} as ip-api says them, or {@code not in
 * database}, {@code interrupted}, a transport problem). {@code source} is {@code offline} or {@code
 * ip-api}. {@code extra} holds the fields asked of ip-api beyond the standard columns ({@code isp},
 * {@code org}, …), in the order asked. Immutable.
 */
public record GeoRow(
    String ip,
    String status,
    String message,
    String country,
    String countryCode,
    String region,
    String city,
    Double lat,
    Double lon,
    String timezone,
    String source,
    Map<String, Object> extra) {

  /** The columns of every row, in the order a table shows them. */
  public static final List<String> COLUMNS =
      List.of(
          "ip",
          "status",
          "message",
          "country",
          "countryCode",
          "region",
          "city",
          "lat",
          "lon",
          "timezone",
          "source");

  /** The word of a row that was found. */
  public static final String SUCCESS = "success";

  /** The word of a row that was not. */
  public static final String FAIL = "fail";

  /** A row as given; {@code extra} is copied, null meaning none. */
  public GeoRow {
    extra = extra == null || extra.isEmpty() ? Map.of() : copy(extra);
  }

  /** A found row with no extra fields. */
  public static GeoRow found(
      String ip,
      String country,
      String countryCode,
      String region,
      String city,
      Double lat,
      Double lon,
      String timezone,
      String source) {
    return new GeoRow(
        ip, SUCCESS, null, country, countryCode, region, city, lat, lon, timezone, source, null);
  }

  /** A failed row for {@code ip}, saying {@code message}. */
  public static GeoRow failed(String ip, String message, String source) {
    return new GeoRow(ip, FAIL, message, null, null, null, null, null, null, null, source, null);
  }

  /** The same row for {@code ip}: where every address of one network is. */
  public GeoRow at(String ip) {
    return new GeoRow(
        ip, status, message, country, countryCode, region, city, lat, lon, timezone, source, extra);
  }

  /** Whether the address was found. */
  public boolean isSuccess() {
    return SUCCESS.equals(status);
  }

  /** The row as a map in column order, then the extra fields: what a table or a store shows. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ip", ip);
    map.put("status", status);
    map.put("message", message);
    map.put("country", country);
    map.put("countryCode", countryCode);
    map.put("region", region);
    map.put("city", city);
    map.put("lat", lat);
    map.put("lon", lon);
    map.put("timezone", timezone);
    map.put("source", source);
    map.putAll(extra);
    return map;
  }

  private static Map<String, Object> copy(Map<String, Object> extra) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
