package dev.conch.net.sweep;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sweep probes, parsed from what a learner writes: a prefix ({@code '10.1.2.0/24'}), a range
 * ({@code '192.168.1.1-50'}, {@code '192.168.1.1-192.168.2.7'}), one address or host name, or a
 * list of these; IPv6 literals and small IPv6 prefixes too. As {@code fping -g} does, an IPv4
 * prefix of /30 or wider leaves out its network and broadcast addresses. Addresses come out sorted,
 * IPv4 before IPv6, each once. Counted before they are listed, so {@code '10.0.0.0/8'} fails at
 * once. Stateless and thread-safe.
 */
public final class Targets {
  /** How many addresses a sweep takes unless told otherwise with {@code limit:}. */
  public static final int DEFAULT_LIMIT = 4096;

  /** The most {@code limit:} may allow: a /12 of IPv4. */
  public static final int MOST = 1 << 20;

  private static final Pattern IPV4_LIKE = Pattern.compile("[0-9.]+");
  private static final Pattern HOST_NAME =
      Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*\\.?");

  private Targets() {}

  /**
   * The addresses that {@code spec} names: a {@link CharSequence}, an {@link InetAddress}, or a
   * collection of them; at most {@code limit}.
   *
   * @throws SweepInputError naming the part that is wrong and what is expected
   */
  public static List<InetAddress> parse(Object spec, int limit) {
    List<Span> spans = new ArrayList<>();
    collect(spec, spans);
    if (spans.isEmpty()) {
      throw new SweepInputError("sweep.targets.none");
    }
    BigInteger count = BigInteger.ZERO;
    for (Span span : spans) {
      count = count.add(span.size());
    }
    if (count.compareTo(BigInteger.valueOf(limit)) > 0) {
      throw new SweepInputError("sweep.targets.many", count, limit, count);
    }
    Set<BigInteger> seen = new LinkedHashSet<>();
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<InetAddress> addresses = new ArrayList<>();
    for (Span span : sorted) {
      for (BigInteger at = span.first();
          at.compareTo(span.last()) <= 0;
          at = at.add(BigInteger.ONE)) {
        BigInteger key = span.v6() ? at.setBit(128) : at;
        if (seen.add(key)) {
          addresses.add(Addresses.of(at, span.v6()));
        }
      }
    }
    addresses.sort(Addresses.ORDER);
    return List.copyOf(addresses);
  }

  private static void collect(Object spec, List<Span> spans) {
    switch (spec) {
      case null -> throw new SweepInputError("sweep.targets.none");
      case Map<?, ?> named -> throw new SweepInputError("sweep.targets.none");
      case InetAddress address -> spans.add(Span.one(address));
      case CharSequence text -> spans.add(span(text.toString().strip()));
      case Collection<?> items -> {
        for (Object item : items) {
          collect(item, spans);
        }
      }
      case Object[] items -> collect(List.of(items), spans);
      default -> throw new SweepInputError("sweep.targets.type", spec);
    }
  }

  /** One written target: a prefix, a range, an address or a host name. */
  static Span span(String text) {
    if (text.isEmpty()) {
      throw new SweepInputError("sweep.targets.empty");
    }
    int slash = text.indexOf('/');
    if (slash >= 0) {
      return prefix(text, text.substring(0, slash), text.substring(slash + 1));
    }
    int dash = text.indexOf('-');
    if (dash > 0 && (isAddress(text.substring(0, dash)))) {
      return range(text, text.substring(0, dash), text.substring(dash + 1));
    }
    if (isAddress(text)) {
      return Span.one(literal(text, text));
    }
    return Span.one(resolve(text));
  }

  private static Span prefix(String whole, String base, String bits) {
    InetAddress network = literal(whole, base);
    boolean v6 = Addresses.isV6(network);
    int width = v6 ? 128 : 32;
    int length;
    try {
      length = Integer.parseInt(bits);
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length < 0 || length > width || !bits.matches("[0-9]{1,3}")) {
      throw new SweepInputError("sweep.targets.prefix", whole, width, v6 ? "IPv6" : "IPv4");
    }
    BigInteger mask = BigInteger.ONE.shiftLeft(width - length).subtract(BigInteger.ONE);
    BigInteger first = Addresses.value(network).andNot(mask);
    BigInteger last = first.or(mask);
    boolean skipEnds = v6 ? length < 127 : length < 31;
    if (skipEnds) {
      first = first.add(BigInteger.ONE);
      last = v6 ? last : last.subtract(BigInteger.ONE);
    }
    return new Span(first, last, v6);
  }

  private static Span range(String whole, String from, String to) {
    InetAddress start = literal(whole, from);
    boolean v6 = Addresses.isV6(start);
    InetAddress end;
    if (to.indexOf('.') >= 0 || to.indexOf(':') >= 0) {
      end = literal(whole, to);
    } else {
      end = lastPartReplaced(whole, start, to, v6);
    }
    if (Addresses.isV6(end) != v6) {
      throw new SweepInputError("sweep.targets.range.family", whole);
    }
    BigInteger first = Addresses.value(start);
    BigInteger last = Addresses.value(end);
    if (first.compareTo(last) > 0) {
      throw new SweepInputError("sweep.targets.range.order", whole);
    }
    return new Span(first, last, v6);
  }

  /** {@code 192.168.1.1-50}: the start with its last part (decimal, or hex for IPv6) replaced. */
  private static InetAddress lastPartReplaced(
      String whole, InetAddress start, String to, boolean v6) {
    int part;
    try {
      part = Integer.parseInt(to, v6 ? 16 : 10);
    } catch (NumberFormatException e) {
      part = -1;
    }
    if (part < 0
        || part > (v6 ? 0xffff : 255)
        || !to.matches(v6 ? "[0-9a-fA-F]{1,4}" : "[0-9]{1,3}")) {
      throw new SweepInputError("sweep.targets.range", whole);
    }
    int bits = v6 ? 16 : 8;
    BigInteger low = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return Addresses.of(Addresses.value(start).andNot(low).or(BigInteger.valueOf(part)), v6);
  }

  /**
   * Whether {@code text} is written as an address (not a host name): digits and dots, or a colon.
   */
  private static boolean isAddress(String text) {
    return text.indexOf(':') >= 0 || IPV4_LIKE.matcher(text).matches();
  }

  /** The address {@code text} written as a literal, checked part by part; never a DNS look-up. */
  static InetAddress literal(String whole, String text) {
    if (text.indexOf(':') >= 0) {
      return Addresses.v6(whole, text);
    }
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new SweepInputError("sweep.targets.v4.parts", whole, text);
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
        throw new SweepInputError("sweep.targets.v4.part", whole, parts[i]);
      }
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    return Addresses.of(bytes);
  }

  /**
   * A host name, looked up. Names that can never resolve ({@code .invalid}, RFC 6761) are refused
   * without asking anyone, and {@code localhost} is always the loopback address.
   */
  private static InetAddress resolve(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1); // 'invalid.' is as absolute as 'invalid'
    }
    if (!HOST_NAME.matcher(name).matches()) {
      throw new SweepInputError("sweep.targets.word", name);
    }
    if (lower.equals("invalid") || lower.endsWith(".invalid")) {
      throw new SweepInputError("sweep.targets.unknown", name);
    }
    if (lower.equals("localhost") || lower.endsWith(".localhost")) {
      return InetAddress.getLoopbackAddress();
    }
    try {
      return InetAddress.getByName(name);
    } catch (UnknownHostException e) {
      throw new SweepInputError("sweep.targets.unknown", name);
    }
  }

  /**
   * A run of consecutive addresses of one family, as numbers. Immutable; ordered IPv4 first, then
   * by first address.
   */
  record Span(BigInteger first, BigInteger last, boolean v6) implements Comparable<Span> {
    static Span one(InetAddress address) {
      BigInteger value = Addresses.value(address);
      return new Span(value, value, Addresses.isV6(address));
    }

    BigInteger size() {
      return last.compareTo(first) < 0 ? BigInteger.ZERO : last.subtract(first).add(BigInteger.ONE);
    }

    @Override
    public int compareTo(Span other) {
      return v6 != other.v6 ? Boolean.compare(v6, other.v6) : first.compareTo(other.first);
    }
  }
}
