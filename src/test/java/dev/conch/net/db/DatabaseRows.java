package dev.conch.net.db;

import dev.conch.net.geo.GeoRow;
import java.util.ArrayList;
import java.util.List;

/** Made-up geo rows for the store tests. Stateless. */
final class DatabaseRows {
  private DatabaseRows() {}

  /** {@code count} found rows of task {@code task}, each with an address of its own. */
  static List<GeoRow> of(int task, int count) {
    List<GeoRow> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(
          GeoRow.found(
              "11." + task + "." + i / 256 + "." + i % 256,
              "Germany",
              "DE",
              "Saxony",
              "Lindenau " + task,
              51.34,
              12.37,
              "Europe/Berlin",
              "offline"));
    }
    return rows;
  }
}
