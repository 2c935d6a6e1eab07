package dev.conch.net.icmp;

import java.io.Serial;
import java.util.Locale;

/**
 * ICMP echo cannot be sent from this JVM: the operating system, the privileges or the sysctl that
 * admits unprivileged ICMP say no. The message is one line a user can act on, such as {@code ICMP
 * needs root or net.ipv4.ping_group_range to include group 1000 (it is "1 0")}; a caller falls back
 * to another probe. Every such message is made here. Immutable.
 */
public final class IcmpUnavailableError extends Exception {
  @Serial private static final long serialVersionUID = 1L;

  /** An exception with the one-line reason. */
  public IcmpUnavailableError(String message) {
    super(message);
  }

  static IcmpUnavailableError notBuiltFor(String os, String arch) {
    return new IcmpUnavailableError(
        "ICMP from the JVM is built for Linux on x86_64 and aarch64, not " + os + " on " + arch);
  }

  static IcmpUnavailableError noNativeAccess() {
    return new IcmpUnavailableError(
        "ICMP needs native access: start java with --enable-native-access=ALL-UNNAMED");
  }

  /** Neither socket kind: the datagram one is not admitted, the raw one not permitted. */
  static IcmpUnavailableError needsRootOrGroup(String groupAndRange) {
    return new IcmpUnavailableError(
        "ICMP needs root or net.ipv4.ping_group_range to include group " + groupAndRange);
  }

  /**
   * The system refused a socket of one kind.
   *
   * @param groupAndRange the group and the range, as {@code 1000 (it is "1 0")}
   */
  static IcmpUnavailableError refused(
      boolean ipv6, IcmpSocket.Kind kind, int errno, String errnoName, String groupAndRange) {
    String what = (ipv6 ? "ICMPv6 " : "ICMP ") + kind.name().toLowerCase(Locale.ROOT) + " sockets";
    return new IcmpUnavailableError(
        switch (errno) {
          case Libc.EACCES ->
              what + " need net.ipv4.ping_group_range to include group " + groupAndRange;
          case Libc.EPERM -> what + " need root or CAP_NET_RAW";
          case Libc.EAFNOSUPPORT -> "IPv6 is not available on this machine (EAFNOSUPPORT)";
          default -> what + ": " + errnoName;
        });
  }
}
