package dev.conch.net.geo.online;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conch.net.geo.GeoError;
import dev.conch.net.geo.GeoRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ip-api's field names and a row's: what to ask for ({@code fields=}), and a {@link GeoRow} from
 * one answer object. A row's {@code region} is ip-api's {@code regionName} and its {@code ip} the
 * address as given; fields beyond the row's columns ({@code isp}, {@code as}, …) go to its extras.
 * Immutable and thread-safe.
 *
 * @param param the value of {@code fields=}
 * @param extras the fields kept as extras, in the order asked
 */
public record IpApiFields(String param, List<String> extras) {
  /** The source word of every row from ip-api. */
  public static final String SOURCE = "ip-api";

  private static final List<String> STANDARD =
      List.of(
          "status",
          "message",
          "country",
          "countryCode",
          "regionName",
          "city",
          "lat",
          "lon",
          "timezone",
          "query");

  /** The fields asked for {@code columns} (a row's words), or the standard ones for null. */
  static IpApiFields of(List<String> columns) {
    if (columns == null || columns.isEmpty()) {
      return new IpApiFields(String.join(",", STANDARD), List.of());
    }
    Set<String> asked = new LinkedHashSet<>(List.of("status", "message"));
    List<String> extras = new ArrayList<>();
    for (String column : columns) {
      String field = apiName(column.strip());
      if (!field.matches("[A-Za-z]{1,32}")) {
        throw new GeoError("geo.fields", "geo: '%s' is not an ip-api field", column);
      }
      asked.add(field);
      if (!STANDARD.contains(field) && !extras.contains(field)) {
        extras.add(field);
      }
    }
    asked.add("query");
    return new IpApiFields(String.join(",", asked), List.copyOf(extras));
  }

  private static String apiName(String column) {
    return switch (column) {
      case "ip" -> "query";
      case "region" -> "regionName";
      default -> column;
    };
  }

  /** The row for {@code ip} that answer object {@code node} gives. */
  GeoRow row(String ip, JsonNode node) {
    String status = text(node, "status");
    return new GeoRow(
        ip,
        GeoRow.FAIL.equals(status) ? GeoRow.FAIL : GeoRow.SUCCESS,
        text(node, "message"),
        text(node, "country"),
        text(node, "countryCode"),
        text(node, "regionName"),
        text(node, "city"),
        number(node, "lat"),
        number(node, "lon"),
        text(node, "timezone"),
        SOURCE,
        extrasOf(node));
  }

  private Map<String, Object> extrasOf(JsonNode node) {
    if (extras.isEmpty()) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String field : extras) {
      JsonNode value = node.get(field);
      values.put(field, value == null ? null : plain(value));
    }
    return values;
  }

  private static Object plain(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.canConvertToInt() ? (Object) value.intValue() : (Object) value.longValue();
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return value.isNull() ? null : value.asText();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
  }

  private static Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isNumber() ? null : value.doubleValue();
  }
}
