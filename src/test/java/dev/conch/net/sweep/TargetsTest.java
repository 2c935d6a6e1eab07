package dev.conch.net.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a learner writes as sweep targets, and the one-line errors of what cannot be swept. */
class TargetsTest {
  private static List<String> parse(Object spec) {
    return Targets.parse(spec, Targets.DEFAULT_LIMIT).stream().map(Addresses::text).toList();
  }

  private static String problem(Object spec) {
    try {
      Targets.parse(spec, Targets.DEFAULT_LIMIT);
    } catch (SweepInputError e) {
      return e.getMessage();
    }
    throw new AssertionError(spec + " was accepted");
  }

  @Test
  void aPrefixLeavesOutItsNetworkAndBroadcastAddressesAsFpingDoes() {
    List<String> all = parse("10.1.2.0/24");

    assertThat(all).hasSize(254).startsWith("10.1.2.1", "10.1.2.2").endsWith("10.1.2.254");
    assertThat(parse("10.1.2.77/30")).containsExactly("10.1.2.77", "10.1.2.78");
    assertThat(parse("10.1.2.7/31")).containsExactly("10.1.2.6", "10.1.2.7");
    assertThat(parse("10.1.2.7/32")).containsExactly("10.1.2.7");
  }

  @Test
  void aRangeEndsAtAnAddressOrAtTheLastPartOfOne() {
    assertThat(parse("192.168.1.1-5"))
        .containsExactly("192.168.1.1", "192.168.1.2", "192.168.1.3", "192.168.1.4", "192.168.1.5");
    List<String> across = parse("192.168.1.250-192.168.2.2");
    assertThat(across)
        .containsExactly(
            "192.168.1.250",
            "192.168.1.251",
            "192.168.1.252",
            "192.168.1.253",
            "192.168.1.254",
            "192.168.1.255",
            "192.168.2.0",
            "192.168.2.1",
            "192.168.2.2");
  }

  @Test
  void aListIsSweptInAddressOrderEachAddressOnceIpv4First() {
    assertThat(parse(List.of("::1", "10.0.0.9", "10.0.0.1-3", "10.0.0.2")))
        .containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.9", "::1");
  }

  @Test
  void ipv6LiteralsRangesAndSmallPrefixes() {
    assertThat(parse("2001:db8::1-3")).containsExactly("2001:db8::1", "2001:db8::2", "2001:db8::3");
    assertThat(parse("2001:db8::/126"))
        .containsExactly("2001:db8::1", "2001:db8::2", "2001:db8::3");
    assertThat(parse("fe80::1:0:0:1")).containsExactly("fe80::1:0:0:1");
  }

  @Test
  void localhostIsTheLoopbackWithoutALookUp() throws Exception {
    assertThat(Targets.parse("localhost", 1)).containsExactly(InetAddress.getLoopbackAddress());
  }

  @Test
  void moreThanTheLimitSaysHowManyAndHowToAllowThem() {
    assertThat(problem("10.0.0.0/16"))
        .isEqualTo(
            "the targets name 65534 addresses, more than the limit of 4096; to sweep them all,"
                + " pass limit: 65534");
    assertThat(Targets.parse("10.0.0.0/20", 4094)).hasSize(4094);
    assertThat(problem("10.0.0.0/8")).contains("16777214 addresses");
  }

  @Test
  void eachMalformedTargetIsNamedWithWhatIsExpected() {
    assertThat(problem("10.0.0.0/33"))
        .isEqualTo("'10.0.0.0/33': the prefix length must be a whole number from 0 to 32 for IPv4");
    assertThat(problem("300.1.1.1"))
        .isEqualTo("'300.1.1.1': each part of an IPv4 address is a number from 0 to 255, not 300");
    assertThat(problem("10.1.1"))
        .isEqualTo("'10.1.1': an IPv4 address has four parts, such as 10.1.2.3, not '10.1.1'");
    assertThat(problem("no.such.host.invalid"))
        .isEqualTo(
            "'no.such.host.invalid': no such host (the name does not resolve to an address)");
    assertThat(problem("INVALID."))
        .isEqualTo("'INVALID.': no such host (the name does not resolve to an address)");
    assertThat(problem("10.0.0.9-3"))
        .isEqualTo("'10.0.0.9-3': a range goes from the lower address to the higher one");
    assertThat(problem("10.0.0.1-x"))
        .isEqualTo(
            "'10.0.0.1-x': the end of a range is an address or its last part, such as"
                + " '10.1.2.1-50'");
    assertThat(problem("2001:db8::/64")).contains("18446744073709551615 addresses");
    assertThat(problem("")).startsWith("an empty target");
    assertThat(problem(List.of())).startsWith("no targets");
    assertThat(problem(42))
        .isEqualTo("a target is a text such as '10.1.2.0/24' (or a list of them), not 42");
    assertThat(problem("hello world"))
        .isEqualTo("'hello world' is not an address, a range, a prefix or a host name");
  }

  @Test
  void theErrorCarriesItsKeyForTheLearnersLanguage() {
    assertThatThrownBy(() -> Targets.parse("10.0.0.0/33", 10))
        .isInstanceOfSatisfying(
            SweepInputError.class,
            e -> {
              assertThat(e.key()).isEqualTo("usage.sweep.targets.prefix");
              assertThat(e.args()).containsExactly("10.0.0.0/33", 32, "IPv4");
            });
  }
}
