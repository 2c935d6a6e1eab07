package dev.conch.net.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Address literals without DNS, and the ranges ip-api calls private or reserved. */
class GeoIpRangesTest {
  @Test
  void dottedQuadsAndIpv6LiteralsAreAddresses() {
    assertThat(IpRanges.parse("0.0.0.0")).isEqualTo(InetAddress.ofLiteral("0.0.0.0"));
    assertThat(IpRanges.parse("255.255.255.255"))
        .isEqualTo(InetAddress.ofLiteral("255.255.255.255"));
    assertThat(IpRanges.parse("198.51.100.7")).isEqualTo(InetAddress.ofLiteral("198.51.100.7"));
    assertThat(IpRanges.parse("2001:db8::1")).isEqualTo(InetAddress.ofLiteral("2001:db8::1"));
    assertThat(IpRanges.parse("::ffff:192.0.2.1")).isEqualTo(InetAddress.ofLiteral("192.0.2.1"));
  }

  @Test
  void namesAndMalformedTextAreNotAddressesAndAreNeverLookedUp() {
    for (String text :
        new String[] {
          "", "example.com", "localhost", "abc", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.04",
          "1..2.3", ".1.2.3", "1.2.3.", "1.2.3.4 ", "+1.2.3.4", "2001:db8::g", ":::", "1"
        }) {
      assertThat(IpRanges.parse(text)).as(text).isNull();
      assertThat(IpRanges.ipv4(text)).as(text).isEqualTo(-1);
    }
    assertThat(IpRanges.parse(null)).isNull();
  }

  @Test
  void aDottedQuadIsItsUnsignedNumber() {
    assertThat(IpRanges.ipv4("0.0.0.0")).isZero();
    assertThat(IpRanges.ipv4("192.0.2.1")).isEqualTo(0xC0000201L);
    assertThat(IpRanges.ipv4("255.255.255.255")).isEqualTo(0xFFFFFFFFL);
    assertThat(IpRanges.ipv4("2001:db8::1")).isEqualTo(-1);
  }

  @Test
  void privateAndReservedRangesAreNamedAsIpApiNamesThem() {
    assertThat(reason("10.255.0.1")).isEqualTo("private range");
    assertThat(reason("172.31.9.9")).isEqualTo("private range");
    assertThat(reason("172.32.0.1")).isNull();
    assertThat(reason("192.168.1.1")).isEqualTo("private range");
    assertThat(reason("fd00::1")).isEqualTo("private range");
    for (String reserved :
        new String[] {
          "0.1.2.3",
          "100.64.0.1",
          "127.0.0.1",
          "169.254.1.1",
          "192.0.0.8",
          "192.0.2.1",
          "198.18.0.1",
          "198.51.100.1",
          "203.0.113.1",
          "224.0.0.1",
          "240.0.0.1",
          "255.255.255.255",
          "::",
          "::1",
          "2001:db8::1",
          "fe80::1",
          "ff02::1"
        }) {
      assertThat(reason(reserved)).as(reserved).isEqualTo("reserved range");
    }
    assertThat(reason("11.22.33.44")).isNull();
    assertThat(reason("2a00::1")).isNull();
  }

  private static String reason(String text) {
    return IpRanges.reason(IpRanges.parse(text));
  }
}
