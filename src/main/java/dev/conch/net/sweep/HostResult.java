package dev.conch.net.sweep;

import java.net.InetAddress;

/**
 * What a sweep learned of one address. Immutable.
 *
 * @param address the address probed
 * @param answered whether anything came back from it
 * @param rttNanos the round trip of the try that was answered, or -1
 * @param method how it was probed: {@link ProbeKind#ICMP}, {@link ProbeKind#TCP} or {@link
 *     ProbeKind#PING}
 * @param port the TCP port that answered, or 0
 * @param open whether that port accepted the connection (false: it refused, with a reset)
 * @param tries how many requests were sent to it
 * @param ownNanos how long it took on its own: its round trip, or every timeout it waited out; the
 *     sum over all addresses is what probing one at a time would cost
 * @param swept whether the sweep got to the end of it (false when it was stopped first)
 */
public record HostResult(
    InetAddress address,
    boolean answered,
    long rttNanos,
    ProbeKind method,
    int port,
    boolean open,
    int tries,
    long ownNanos,
    boolean swept) {

  /** An address the sweep was stopped before it was done with. */
  static HostResult unfinished(InetAddress address, ProbeKind method, int tries, long ownNanos) {
    return new HostResult(address, false, -1, method, 0, false, tries, ownNanos, false);
  }

  /** An address that stayed silent through every try. */
  static HostResult silent(InetAddress address, ProbeKind method, int tries, long ownNanos) {
    return new HostResult(address, false, -1, method, 0, false, tries, ownNanos, true);
  }

  /** An address that answered an echo (ICMP or the system ping) after {@code rttNanos}. */
  static HostResult echoed(
      InetAddress address, ProbeKind method, long rttNanos, int tries, long ownNanos) {
    return new HostResult(address, true, rttNanos, method, 0, false, tries, ownNanos, true);
  }

  /** An address whose TCP {@code port} accepted ({@code open}) or refused a connection. */
  static HostResult connected(
      InetAddress address, int port, boolean open, long rttNanos, int tries, long ownNanos) {
    return new HostResult(
        address, true, rttNanos, ProbeKind.TCP, port, open, tries, ownNanos, true);
  }

  /** The address as text, {@code 10.1.2.3}. */
  public String getIp() {
    return Addresses.text(address);
  }

  /** The round trip in milliseconds, or null when nothing answered. */
  public Double getRttMs() {
    return rttNanos < 0 ? null : rttNanos / 1e6;
  }

  @Override
  public String toString() {
    return getIp() + (answered ? " answered" : " silent");
  }
}
