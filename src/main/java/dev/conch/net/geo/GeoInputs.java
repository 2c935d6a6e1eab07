package dev.conch.net.geo;

import dev.conch.net.sweep.Addresses;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a learner hands {@code geo}: one address, or many (a list, any other iterable, an array),
 * each a string or an {@link InetAddress}; as the strings to look up, in order, duplicates kept.
 * Stateless and thread-safe.
 */
public final class GeoInputs {
  /** The most addresses one call takes. */
  public static final int LIMIT = 10_000_000;

  private GeoInputs() {}

  /**
   * The addresses of {@code spec}, as text, in the order given.
   *
   * @throws GeoError {@code geo.input.none} when there are none, {@code geo.input.many} past {@link
   *     #LIMIT}
   */
  public static List<String> of(Object spec) {
    List<String> out = new ArrayList<>();
    add(spec, out);
    if (out.isEmpty()) {
      throw new GeoError("geo.input.none", "geo: no addresses to look up");
    }
    return out;
  }

  private static void add(Object spec, List<String> out) {
    switch (spec) {
      case null -> {}
      case InetAddress address -> one(Addresses.text(address), out);
      case Collection<?> items -> items.forEach(item -> add(item, out));
      case Iterable<?> items -> items.forEach(item -> add(item, out));
      case Object[] items -> {
        for (Object item : items) {
          add(item, out);
        }
      }
      default -> one(String.valueOf(spec).strip(), out);
    }
  }

  private static void one(String text, List<String> out) {
    if (out.size() >= LIMIT) {
      throw new GeoError("geo.input.many", "geo: more than %,d addresses in one call", LIMIT);
    }
    out.add(text);
  }
}
