package dev.conch.net.icmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Echo packets as bytes, without a socket: the checksum, the request and the reply test. */
class EchoPacketTest {
  private static final int ID = 0xBEEF;

  @Test
  void checksumMatchesRfc1071sExample() {
    byte[] data = {
      0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7
    };

    assertThat(EchoPacket.checksum(data, 0, data.length)).isEqualTo(0x220d);
  }

  @Test
  void checksumPadsAnOddLengthWithAZeroByte() {
    byte[] odd = {0x12, 0x34, 0x56};
    byte[] padded = {0x12, 0x34, 0x56, 0x00};

    assertThat(EchoPacket.checksum(odd, 0, 3)).isEqualTo(EchoPacket.checksum(padded, 0, 4));
  }

  @Test
  void ipv4RequestCarriesHeaderMarkerAndAChecksumThatVerifies() {
    byte[] request = EchoPacket.request(false, ID, 0x1234);

    assertThat(request).hasSize(56);
    assertThat(Arrays.copyOfRange(request, 0, 2)).containsExactly(8, 0);
    assertThat(Arrays.copyOfRange(request, 4, 8)).containsExactly(0xBE, 0xEF, 0x12, 0x34);
    assertThat(new String(request, 8, EchoPacket.MARKER.length(), StandardCharsets.US_ASCII))
        .isEqualTo("conch icmp echo");
    assertThat(EchoPacket.checksum(request, 0, request.length)).isZero();
  }

  @Test
  void ipv6RequestLeavesTheChecksumToTheKernel() {
    byte[] request = EchoPacket.request(true, ID, 1);

    assertThat(request[0] & 0xFF).isEqualTo(128);
    assertThat(Arrays.copyOfRange(request, 2, 4)).containsExactly(0, 0);
  }

  @Test
  void replyToOurIdentifierGivesItsSequence() {
    byte[] reply = reply(false, ID, 513);

    assertThat(EchoPacket.replySequence(reply, reply.length, false, false, ID)).isEqualTo(513);
    assertThat(EchoPacket.replySequence(reply, reply.length, false, false, -1)).isEqualTo(513);
  }

  @Test
  void ourOwnRequestIsNoReply() {
    byte[] request = EchoPacket.request(false, ID, 5);

    assertThat(EchoPacket.replySequence(request, request.length, false, false, ID)).isEqualTo(-1);
  }

  @Test
  void replyToAnotherIdentifierIsSkipped() {
    byte[] reply = reply(false, ID + 1, 5);

    assertThat(EchoPacket.replySequence(reply, reply.length, false, false, ID)).isEqualTo(-1);
  }

  @Test
  void ipv4HeaderIsSkippedByItsLengthField() {
    byte[] icmp = reply(false, ID, 9);
    byte[] packet = new byte[24 + icmp.length];
    packet[0] = 0x46; // version 4, IHL 6: 24 bytes with options
    System.arraycopy(icmp, 0, packet, 24, icmp.length);

    assertThat(EchoPacket.replySequence(packet, packet.length, false, true, ID)).isEqualTo(9);
  }

  @Test
  void truncatedOrMalformedPacketsAreSkipped() {
    byte[] reply = reply(false, ID, 9);
    byte[] notIpv4 = new byte[40];
    notIpv4[0] = 0x60;

    assertThat(EchoPacket.replySequence(reply, 7, false, false, ID)).isEqualTo(-1);
    assertThat(EchoPacket.replySequence(notIpv4, 40, false, true, ID)).isEqualTo(-1);
  }

  @Test
  void icmpv6ReplyIsType129AndAnIpv4ReplyIsNot() {
    byte[] v6 = reply(true, ID, 3);
    byte[] v4 = reply(false, ID, 3);

    assertThat(EchoPacket.replySequence(v6, v6.length, true, false, ID)).isEqualTo(3);
    assertThat(EchoPacket.replySequence(v4, v4.length, true, false, ID)).isEqualTo(-1);
  }

  /** What a host sends back: the request with the reply's type. */
  private static byte[] reply(boolean ipv6, int identifier, int sequence) {
    byte[] packet = EchoPacket.request(ipv6, identifier, sequence);
    packet[0] = (byte) (ipv6 ? 129 : 0);
    return packet;
  }
}
