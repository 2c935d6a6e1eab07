package dev.conch.net.geo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Address literals without DNS, and the ranges nobody can locate: {@code private range} (RFC 1918,
 * IPv6 unique-local) and {@code reserved range} (loopback, link-local, shared, documentation,
 * benchmarking, multicast, the future-use block and their IPv6 kin), the words ip-api answers with.
 * Stateless and thread-safe.
 */
public final class IpRanges {
  /** ip-api's word for an address in a private network. */
  public static final String PRIVATE = "private range";

  /** ip-api's word for an address reserved for special use. */
  public static final String RESERVED = "reserved range";

  /** ip-api's word for a query that is no address. */
  public static final String INVALID = "invalid query";

  private static final Pattern V6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private static final List<Block> PRIVATE_BLOCKS =
      List.of(
          Block.of("10.0.0.0", 8),
          Block.of("172.16.0.0", 12),
          Block.of("192.168.0.0", 16),
          Block.of("fc00::", 7));

  private static final List<Block> RESERVED_BLOCKS =
      List.of(
          Block.of("0.0.0.0", 8),
          Block.of("100.64.0.0", 10),
          Block.of("127.0.0.0", 8),
          Block.of("169.254.0.0", 16),
          Block.of("192.0.0.0", 24),
          Block.of("192.0.2.0", 24),
          Block.of("198.18.0.0", 15),
          Block.of("198.51.100.0", 24),
          Block.of("203.0.113.0", 24),
          Block.of("224.0.0.0", 3),
          Block.of("::", 127),
          Block.of("64:ff9b:1::", 48),
          Block.of("100::", 64),
          Block.of("2001:db8::", 32),
          Block.of("3fff::", 20),
          Block.of("fe80::", 10),
          Block.of("fec0::", 10),
          Block.of("ff00::", 8));

  private IpRanges() {}

  /**
   * The address {@code text} writes: a dotted IPv4 quad or an IPv6 literal, never a name to look
   * up; null when it is neither.
   */
  public static InetAddress parse(String text) {
    if (text == null) {
      return null;
    }
    byte[] quad = quad(text);
    if (quad != null) {
      try {
        return InetAddress.getByAddress(quad); // four bytes: no look-up
      } catch (UnknownHostException e) {
        return null;
      }
    }
    try {
      return V6.matcher(text).matches() ? InetAddress.ofLiteral(text) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The four bytes of a dotted quad ({@code 0}–{@code 255}, no leading zeros), or null. */
  private static byte[] quad(String text) {
    long number = ipv4(text);
    if (number < 0) {
      return null;
    }
    return new byte[] {
      (byte) (number >>> 24), (byte) (number >>> 16), (byte) (number >>> 8), (byte) number
    };
  }

  /**
   * A dotted quad ({@code 0}–{@code 255}, no leading zeros) as its unsigned 32-bit number, or -1
   * when {@code text} is none.
   */
  public static long ipv4(String text) {
    int length = text.length();
    if (length < 7 || length > 15) {
      return -1;
    }
    long number = 0;
    int parts = 0;
    int value = 0;
    int digits = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (digits == 0 || parts == 3) {
          return -1;
        }
        number = number << 8 | value;
        parts++;
        value = 0;
        digits = 0;
      } else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0)) {
        value = value * 10 + (c - '0');
        if (++digits > 3 || value > 255) {
          return -1;
        }
      } else {
        return -1;
      }
    }
    if (digits == 0 || parts != 3) {
      return -1;
    }
    return number << 8 | value;
  }

  /** {@link #PRIVATE}, {@link #RESERVED}, or null for an address that may be located. */
  public static String reason(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (PRIVATE_BLOCKS.stream().anyMatch(b -> b.contains(bytes))) {
      return PRIVATE;
    }
    if (RESERVED_BLOCKS.stream().anyMatch(b -> b.contains(bytes))) {
      return RESERVED;
    }
    return null;
  }

  /** A network: its first address's bytes and its prefix length. */
  private record Block(byte[] base, int prefix) {
    static Block of(String base, int prefix) {
      return new Block(InetAddress.ofLiteral(base).getAddress(), prefix);
    }

    boolean contains(byte[] address) {
      if (address.length != base.length) {
        return false;
      }
      int whole = prefix / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != base[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[whole] & mask) == (base[whole] & mask);
    }
  }
}
