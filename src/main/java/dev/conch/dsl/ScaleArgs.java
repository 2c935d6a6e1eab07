package dev.conch.dsl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The options of {@code scale}: which numbers of workers to try ({@code upTo:} for 1, 2, 4, … up to
 * a most, or {@code workers:} for a list of one's own), how many timed calls each gets ({@code
 * repeat:}, the fastest counts) and how many untimed warm-up calls with one worker come first
 * ({@code warmup:}). Checked with one clear error per mistake. Immutable.
 *
 * @param sizes the numbers of workers, ascending, 1 first
 * @param repeats timed calls per size, 1 or more
 * @param warmups untimed calls before, 0 or more
 */
record ScaleArgs(List<Integer> sizes, int repeats, int warmups) {
  private static final String NAME = "scale";

  ScaleArgs {
    sizes = List.copyOf(sizes);
  }

  /**
   * Parses the named options; without {@code upTo:} or {@code workers:} the sizes go up to {@code
   * cores}, at least 2.
   *
   * @throws UsageError naming the first option that is wrong and what it expects
   */
  static ScaleArgs parse(Map<String, ?> options, int cores) {
    Builtins.checkOptions(NAME, options);
    if (options.containsKey("upTo") && options.containsKey("workers")) {
      throw usage("usage.scale.both");
    }
    List<Integer> sizes =
        options.containsKey("workers")
            ? listed(options.get("workers"))
            : doubling(whole(options, "upTo", 2, Math.max(2, cores)));
    return new ScaleArgs(sizes, whole(options, "repeat", 1, 1), whole(options, "warmup", 0, 1));
  }

  /** 1, 2, 4, … while below {@code most}, then {@code most} itself. */
  static List<Integer> doubling(int most) {
    List<Integer> sizes = new ArrayList<>();
    for (int n = 1; n < most && n > 0; n *= 2) {
      sizes.add(n);
    }
    sizes.add(most);
    return sizes;
  }

  /** The option {@code key}: a whole number of {@code least} or more, {@code dflt} when absent. */
  private static int whole(Map<String, ?> options, String key, int least, int dflt) {
    if (!options.containsKey(key)) {
      return dflt;
    }
    Object given = options.get(key);
    Integer value = wholeNumber(given);
    if (value == null || value < least) {
      throw usage("usage.scale.whole", key, least, given);
    }
    return value;
  }

  /**
   * The {@code workers:} list, sorted: different whole numbers of 1 or more, two or more, 1 among
   * them.
   */
  private static List<Integer> listed(Object given) {
    if (!(given instanceof Collection<?> items)) {
      throw usage("usage.scale.workers", given);
    }
    TreeSet<Integer> sizes = new TreeSet<>();
    for (Object item : items) {
      Integer n = wholeNumber(item);
      if (n == null || n < 1 || !sizes.add(n)) {
        throw usage("usage.scale.workers", given);
      }
    }
    if (sizes.size() < 2 || sizes.first() != 1) {
      throw usage("usage.scale.workers", given);
    }
    return List.copyOf(sizes);
  }

  /** {@code value} as an int when it is a whole number that fits, else null. */
  private static Integer wholeNumber(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Long || value instanceof BigInteger) {
      BigInteger big = new BigInteger(value.toString());
      return big.bitLength() < 32 ? big.intValue() : null;
    }
    return null;
  }

  private static UsageError usage(String key, Object... args) {
    return new UsageError(Builtins.find(NAME).orElseThrow(), key, args);
  }
}
