package dev.conch.net.sweep;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Internet addresses as numbers and back, their order (IPv4 before IPv6, then by value) and how a
 * learner reads them. Stateless and thread-safe.
 */
public final class Addresses {
  /** IPv4 first, then IPv6, each by value. */
  public static final Comparator<InetAddress> ORDER =
      Comparator.comparing(Addresses::isV6).thenComparing(Addresses::value);

  private static final Pattern V6_TEXT = Pattern.compile("[0-9a-fA-F:.]+");

  private Addresses() {}

  /** Whether {@code address} is an IPv6 one. */
  public static boolean isV6(InetAddress address) {
    return address instanceof Inet6Address;
  }

  /** {@code address} as an unsigned number. */
  static BigInteger value(InetAddress address) {
    return new BigInteger(1, address.getAddress());
  }

  /** The address of number {@code value}, IPv6 when {@code v6}. */
  static InetAddress of(BigInteger value, boolean v6) {
    int width = v6 ? 16 : 4;
    byte[] raw = value.toByteArray();
    byte[] bytes = new byte[width];
    int from = Math.max(0, raw.length - width);
    System.arraycopy(raw, from, bytes, width - (raw.length - from), raw.length - from);
    return of(bytes);
  }

  /** The address of {@code bytes} (4 or 16), with no look-up. */
  static InetAddress of(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("an address has 4 or 16 bytes: " + Arrays.toString(bytes));
    }
  }

  /**
   * An IPv6 literal, written as in {@code whole}; never a DNS look-up.
   *
   * @throws SweepInputError when it is not one
   */
  static InetAddress v6(String whole, String text) {
    if (!V6_TEXT.matcher(text).matches()) {
      throw new SweepInputError("sweep.targets.v6", whole, text);
    }
    try {
      return InetAddress.getByName(text); // a literal of these characters is parsed, not looked up
    } catch (UnknownHostException e) {
      throw new SweepInputError("sweep.targets.v6", whole, text);
    }
  }

  /** {@code 10.1.2.3} or {@code 2001:db8::1}: the address without a host name. */
  public static String text(InetAddress address) {
    String shown = address.getHostAddress();
    if (isV6(address)) {
      return compressed(shown);
    }
    return shown;
  }

  /** The JDK writes {@code 2001:db8:0:0:0:0:0:1}; a learner writes {@code 2001:db8::1}. */
  private static String compressed(String full) {
    int percent = full.indexOf('%');
    String plain = percent < 0 ? full : full.substring(0, percent);
    String[] groups = plain.split(":");
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; ) {
      int j = i;
      while (j < groups.length && groups[j].equals("0")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    if (bestStart < 0) {
      return plain;
    }
    String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
    String tail =
        String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    return head + "::" + tail;
  }
}
