package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.UsageError;
import dev.conch.net.sweep.ProbeKind;
import dev.conch.net.sweep.SweepOptions;
import dev.conch.net.sweep.Targets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The named options of {@code sweep}, checked with one clear error per mistake: {@code probe:},
 * {@code ports:}, {@code timeout:} (ms per try), {@code retries:}, {@code backoff:}, {@code
 * interval:} (ms between sends), {@code workers:}, {@code limit:} and {@code quiet:}. Immutable.
 *
 * @param options what the sweep runs with
 * @param quiet whether to print only the summary, not the table
 */
record SweepArgs(SweepOptions options, boolean quiet) {
  private static final String NAME = "sweep";

  /**
   * Parses {@code given}, the rest coming from {@link SweepOptions#DEFAULTS}.
   *
   * @throws UsageError naming the first option that is wrong and what it expects
   */
  static SweepArgs parse(Map<String, ?> given) {
    Builtins.checkOptions(NAME, given);
    SweepOptions d = SweepOptions.DEFAULTS;
    SweepOptions options =
        new SweepOptions(
            probe(given.get("probe")),
            given.containsKey("ports") ? ports(given.get("ports")) : d.ports(),
            (int) whole(given, "timeout", 1, 600_000, d.timeoutMillis()),
            (int) whole(given, "retries", 0, 20, d.retries()),
            number(given, "backoff", 1, 10, d.backoff()),
            number(given, "interval", 0, 10_000, d.intervalMillis()),
            (int) whole(given, "workers", 1, 65_536, d.workers()),
            (int) whole(given, "limit", 1, Targets.MOST, d.limit()));
    Object quiet = given.containsKey("quiet") ? given.get("quiet") : Boolean.FALSE;
    if (!(quiet instanceof Boolean)) {
      throw usage("usage.sweep.flag", "quiet", quiet);
    }
    return new SweepArgs(options, (Boolean) quiet);
  }

  private static ProbeKind probe(Object given) {
    if (given == null) {
      return SweepOptions.DEFAULTS.probe();
    }
    ProbeKind kind = given instanceof CharSequence word ? ProbeKind.named(word.toString()) : null;
    if (kind == null) {
      throw usage("usage.sweep.probe", given);
    }
    return kind;
  }

  private static List<Integer> ports(Object given) {
    List<Object> items = new ArrayList<>();
    if (given instanceof Collection<?> many) {
      items.addAll(many);
    } else {
      items.add(given);
    }
    List<Integer> ports = new ArrayList<>();
    for (Object item : items) {
      BigInteger port = wholeNumber(item);
      if (port == null || port.signum() <= 0 || port.compareTo(BigInteger.valueOf(65_535)) > 0) {
        throw usage("usage.sweep.ports", item);
      }
      if (!ports.contains(port.intValue())) {
        ports.add(port.intValue());
      }
    }
    if (ports.isEmpty()) {
      throw usage("usage.sweep.ports", given);
    }
    return ports;
  }

  private static long whole(Map<String, ?> given, String key, long least, long most, long dflt) {
    if (!given.containsKey(key)) {
      return dflt;
    }
    BigInteger value = wholeNumber(given.get(key));
    if (value == null
        || value.compareTo(BigInteger.valueOf(least)) < 0
        || value.compareTo(BigInteger.valueOf(most)) > 0) {
      throw usage("usage.sweep.whole", key, least, most, given.get(key));
    }
    return value.longValue();
  }

  private static double number(
      Map<String, ?> given, String key, double least, double most, double dflt) {
    if (!given.containsKey(key)) {
      return dflt;
    }
    Object value = given.get(key);
    if (!(value instanceof Number n)
        || Double.isNaN(n.doubleValue())
        || n.doubleValue() < least
        || n.doubleValue() > most) {
      throw usage("usage.sweep.number", key, plain(least), plain(most), value);
    }
    return n.doubleValue();
  }

  /** {@code value} as a whole number when it is one (an Integer, Long, BigInteger), else null. */
  private static BigInteger wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigInteger.valueOf(((Number) value).longValue());
    }
    return value instanceof BigInteger big ? big : null;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static UsageError usage(String key, Object... args) {
    return new UsageError(Builtins.find(NAME).orElseThrow(), key, args);
  }
}
