package dev.conch.net.icmp;

import java.nio.charset.StandardCharsets;

/**
 * ICMP and ICMPv6 echo messages as bytes: the request to send (an 8-byte header of type, code,
 * checksum, identifier and sequence number, then a 48-byte payload that starts with Conch's marker)
 * and the test that a received packet is an echo reply to a given identifier. Stateless and
 * thread-safe.
 */
final class EchoPacket {
  /** Matches a reply whatever its identifier (the kernel already filtered it). */
  static final int ANY_IDENTIFIER = -1;

  static final int HEADER_BYTES = 8;
  static final int PAYLOAD_BYTES = 48;
  static final String MARKER = "conch icmp echo";

  static final int ECHO_REQUEST_V4 = 8;
  static final int ECHO_REPLY_V4 = 0;
  static final int ECHO_REQUEST_V6 = 128;
  static final int ECHO_REPLY_V6 = 129;

  private static final int MIN_IPV4_HEADER = 20;

  private EchoPacket() {}

  /**
   * An echo request. Its IPv4 checksum is filled in; an ICMPv6 checksum covers a pseudo-header with
   * addresses only the kernel knows, so it stays 0 for the kernel to compute.
   */
  static byte[] request(boolean ipv6, int identifier, int sequence) {
    byte[] packet = new byte[HEADER_BYTES + PAYLOAD_BYTES];
    packet[0] = (byte) (ipv6 ? ECHO_REQUEST_V6 : ECHO_REQUEST_V4);
    putShort(packet, 4, identifier);
    putShort(packet, 6, sequence);
    byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(marker, 0, packet, HEADER_BYTES, marker.length);
    for (int i = marker.length; i < PAYLOAD_BYTES; i++) {
      packet[HEADER_BYTES + i] = (byte) i;
    }
    if (!ipv6) {
      putShort(packet, 2, checksum(packet, 0, packet.length));
    }
    return packet;
  }

  /**
   * The Internet checksum (RFC 1071): ones' complement of the ones' complement sum of 16-bit words.
   */
  static int checksum(byte[] data, int offset, int length) {
    long sum = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      sum += getShort(data, offset + i);
    }
    if ((length & 1) == 1) {
      sum += (data[offset + length - 1] & 0xFF) << 8;
    }
    while ((sum >> 16) != 0) {
      sum = (sum & 0xFFFF) + (sum >> 16);
    }
    return (int) ~sum & 0xFFFF;
  }

  /**
   * The sequence number of the echo reply in the first {@code length} bytes of {@code packet}, or
   * -1 when they hold anything else: another ICMP type (our own request seen on loopback, an
   * error), a reply to another identifier, or too few bytes.
   *
   * @param withIpHeader whether the packet starts with an IPv4 header (raw IPv4 sockets)
   * @param identifier the identifier to match, or {@link #ANY_IDENTIFIER}
   */
  static int replySequence(
      byte[] packet, int length, boolean ipv6, boolean withIpHeader, int identifier) {
    int at = withIpHeader ? ipv4HeaderLength(packet, length) : 0;
    if (at < 0 || length - at < HEADER_BYTES) {
      return -1;
    }
    int type = packet[at] & 0xFF;
    int code = packet[at + 1] & 0xFF;
    if (type != (ipv6 ? ECHO_REPLY_V6 : ECHO_REPLY_V4) || code != 0) {
      return -1;
    }
    if (identifier != ANY_IDENTIFIER && getShort(packet, at + 4) != identifier) {
      return -1;
    }
    return getShort(packet, at + 6);
  }

  /** The length of the IPv4 header that starts the packet (IHL × 4), or -1 if it is not one. */
  private static int ipv4HeaderLength(byte[] packet, int length) {
    if (length < MIN_IPV4_HEADER || (packet[0] & 0xF0) != 0x40) {
      return -1;
    }
    int headerLength = (packet[0] & 0x0F) * 4;
    return headerLength < MIN_IPV4_HEADER ? -1 : headerLength;
  }

  private static int getShort(byte[] data, int at) {
    return (data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF);
  }

  private static void putShort(byte[] data, int at, int value) {
    data[at] = (byte) (value >>> 8);
    data[at + 1] = (byte) value;
  }
}
