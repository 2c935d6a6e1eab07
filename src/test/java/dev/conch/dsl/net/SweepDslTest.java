package dev.conch.dsl.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.dsl.UsageError;
import dev.conch.fixtures.DslFixture;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.net.sweep.SweepResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code sweep} as a learner types it, against loopback addresses only: what it prints, what it
 * gives, and the one-line error of each wrong option or target. Sweeps of the classroom network are
 * in {@code dev.conch.net.sweep.SweepLabTest}.
 */
@Timeout(30)
class SweepDslTest extends DslFixture {
  private String problem(String code) {
    Throwable error = error(code);
    assertThat(error).as(code).isInstanceOf(UsageError.class);
    return ((UsageError) error).problem(Messages.of(Lang.EN));
  }

  @Test
  void aTcpSweepCountsARefusedConnectionAsAnAnswer() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort(); // free once closed: a connection to it is refused
    }
    SweepResult r =
        (SweepResult)
            value("sweep('127.0.0.1-3', probe: 'tcp', ports: [" + closed + "], timeout: 2000)");

    assertThat(r.getAlive()).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
    assertThat(r.getSilent()).isEmpty();
    assertThat(r.isComplete()).isTrue();
    assertThat(lines.get(0))
        .isEqualTo(
            "sweep 127.0.0.1-3: 3 addresses, TCP connects to ports "
                + closed
                + " at once, timeout 2000 ms");
    assertThat(lines.get(1)).matches("address +answer +round trip +tries");
    assertThat(lines.get(2)).matches("127\\.0\\.0\\.1 +port " + closed + " refused +[0-9.]+ ms +1");
    assertThat(lines.getLast())
        .matches(
            "3 of 3 answered \\(TCP, timeout 2000 ms\\) in [0-9.]+ s; one at a time this would"
                + " take ≈ [0-9.]+ (ms|s)");
  }

  @Test
  void anOpenPortIsAnAnswerAndTheFirstPortToAnswerIsShown() throws IOException {
    try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      SweepResult r =
          (SweepResult)
              value(
                  "sweep('127.0.0.1', probe: 'tcp', quiet: true, ports: ["
                      + open.getLocalPort()
                      + "])");

      assertThat(r.getRows().get(0).open()).isTrue();
      assertThat(r.getRows().get(0).port()).isEqualTo(open.getLocalPort());
      assertThat(lines).isEmpty(); // quiet
    }
  }

  @Test
  void theResultIsThereForOtherPrograms() {
    SweepResult r =
        (SweepResult) value("sweep('localhost', probe: 'tcp', ports: [9], quiet: true)");

    assertThat(r.getCsv())
        .startsWith("ip,answered,rtt_ms,method,port,open,tries,swept\n127.0.0.1,true,");
    assertThat(r.getJson()).contains("\"ip\" : \"127.0.0.1\"", "\"probe\" : \"tcp\"");
    assertThat(value("r = sweep('127.0.0.1', probe: 'tcp', ports: [9], quiet: true); r.alive"))
        .isEqualTo(List.of("127.0.0.1"));
  }

  @Test
  void icmpFromInsideTheJvmWhenPrivileged() {
    assumeTrue("root".equals(System.getProperty("user.name")), "ICMP raw sockets need root");
    SweepResult r = (SweepResult) value("sweep(['127.0.0.1', '127.0.0.2'], probe: 'icmp')");

    assertThat(r.getProbe()).isEqualTo("icmp");
    assertThat(r.getAlive()).containsExactly("127.0.0.1", "127.0.0.2");
    assertThat(lines.get(0)).contains("ICMP echo from inside the JVM");
    assertThat(lines.get(2)).matches("127\\.0\\.0\\.1 +echo reply +[0-9.]+ ms +1");
  }

  @Test
  void theSystemPingIsTheTutorialsWay() {
    assumeTrue(
        java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/ping")),
        "the system ping is not installed");
    SweepResult r = (SweepResult) value("sweep('127.0.0.1', probe: 'ping', quiet: true)");

    assertThat(r.getProbe()).isEqualTo("ping");
    assertThat(r.getAlive()).containsExactly("127.0.0.1");
  }

  @Test
  void eachWrongOptionGetsOneLineNamingItAndWhatIsExpected() {
    assertThat(problem("sweep('127.0.0.1', ports: [0])"))
        .isEqualTo(
            "sweep: option 'ports' takes port numbers from 1 to 65535, such as [80, 443], not 0");
    assertThat(problem("sweep('127.0.0.1', probe: 'arp')"))
        .isEqualTo("sweep: option 'probe' must be 'auto', 'icmp', 'tcp' or 'ping', not arp");
    assertThat(problem("sweep('127.0.0.1', timeout: 0)"))
        .isEqualTo("sweep: option 'timeout' must be a whole number from 1 to 600000, not 0");
    assertThat(problem("sweep('127.0.0.1', backoff: 0.5)"))
        .isEqualTo("sweep: option 'backoff' must be a number from 1 to 10, not 0.5");
    assertThat(problem("sweep('127.0.0.1', quiet: 'yes')"))
        .isEqualTo("sweep: option 'quiet' must be true or false, not yes");
    assertThat(problem("sweep('127.0.0.1', tmeout: 5)"))
        .isEqualTo("sweep: unknown option 'tmeout'");
  }

  @Test
  void eachWrongTargetGetsOneLineNamingItAndWhatIsExpected() {
    assertThat(problem("sweep('10.0.0.0/33')"))
        .isEqualTo(
            "sweep: '10.0.0.0/33': the prefix length must be a whole number from 0 to 32 for IPv4");
    assertThat(problem("sweep('300.1.1.1')"))
        .isEqualTo(
            "sweep: '300.1.1.1': each part of an IPv4 address is a number from 0 to 255, not 300");
    assertThat(problem("sweep('no.such.host.invalid')"))
        .isEqualTo(
            "sweep: 'no.such.host.invalid': no such host (the name does not resolve to an"
                + " address)");
    assertThat(problem("sweep(probe: 'tcp')"))
        .isEqualTo(
            "sweep: no targets: give an address, a range, a prefix or a host name, such as"
                + " sweep('10.1.2.0/24')");
  }

  @Test
  void theErrorsAreSaidInChineseToo() {
    Throwable error = error("sweep('300.1.1.1')");

    assertThat(((UsageError) error).problem(Messages.of(Lang.ZH)))
        .isEqualTo("sweep: '300.1.1.1'：IPv4 地址的每一段是 0 到 255 的数，而不是 300");
  }
}
