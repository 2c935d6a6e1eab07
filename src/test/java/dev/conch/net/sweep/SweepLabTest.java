package dev.conch.net.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.Lab;
import dev.conch.net.LabConch;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code sweep} in the classroom network, as root and as an unprivileged user, beside the tools
 * users know: every probe runs inside the lab's namespace, which has no route out. Skipped, with
 * the reason shown, where the lab cannot be had (not root, not Linux).
 */
@Timeout(120)
class SweepLabTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String NOBODY = "nobody";
  private static final Pattern ALIVE = Pattern.compile("(?m)^alive: (.*)$");

  @BeforeAll
  static void labUp() throws Exception {
    Optional<String> why = Lab.unavailable();
    assumeTrue(why.isEmpty(), () -> "no lab: " + why.orElse(""));
    Lab.up();
  }

  /** The addresses a Conch sweep found, from its {@code alive: …} line. */
  private static List<String> alive(Lab.Result result) {
    Matcher m = ALIVE.matcher(result.stdout());
    assertThat(m.find()).as(result.stdout() + result.stderr()).isTrue();
    return m.group(1).isBlank() ? List.of() : List.of(m.group(1).split(" "));
  }

  private static Lab.Result sweep(String user, String options) throws Exception {
    Lab.Result result =
        LabConch.run(
            user,
            LIMIT,
            "r = sweep('"
                + Lab.NETWORK
                + "'"
                + options
                + "); println 'alive: ' + r.alive.join(' ')");
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    return result;
  }

  private static List<String> sorted(List<String> addresses) {
    return addresses.stream().sorted(ADDRESS_ORDER).toList();
  }

  private static final java.util.Comparator<String> ADDRESS_ORDER =
      java.util.Comparator.comparing(a -> Targets.parse(a, 1).get(0), Addresses.ORDER);

  @Test
  void icmpFindsExactlyTheHostsFpingFinds() throws Exception {
    String fping = tool("fping");
    Lab.Result theirs =
        Lab.run(
            LIMIT,
            List.of(fping, "-a", "-q", "-r", "0", "-t", "500", "-i", "1", "-g", Lab.NETWORK));
    Lab.Result result = sweep(null, ", probe: 'icmp'");
    List<String> ours = alive(result);

    assertThat(result.stdout().lines().findFirst().orElse(""))
        .contains("ICMP echo from inside the JVM (raw socket)");
    assertThat(ours).isEqualTo(sorted(theirs.stdout().lines().toList()));
    assertThat(ours).isEqualTo(Lab.ICMP_HOSTS);
  }

  @Test
  void tcpAlsoFindsTheHostsThatIgnoreIcmpAsNmapDoesWithoutRoot() throws Exception {
    String nmap = tool("nmap");
    Lab.Result theirs =
        Lab.runAs(NOBODY, LIMIT, List.of(nmap, "-sn", "-n", "-oG", "-", Lab.NETWORK));
    List<String> nmapUp =
        theirs
            .stdout()
            .lines()
            .filter(l -> l.startsWith("Host: ") && l.contains("Status: Up"))
            .map(l -> l.split(" ")[1])
            .toList();
    Lab.Result result = sweep(null, ", probe: 'tcp'");

    List<String> expected = new ArrayList<>(Lab.ICMP_HOSTS);
    expected.addAll(Lab.TCP_ONLY_HOSTS);
    assertThat(alive(result)).isEqualTo(sorted(nmapUp)).isEqualTo(sorted(expected));
    assertThat(result.stdout()).contains("44 of 254 answered (TCP, timeout 500 ms)");
  }

  @Test
  void autoFallsBackToTcpAndSaysWhyWhenIcmpIsNotAllowed() throws Exception {
    Lab.Result result = sweep(NOBODY, "");

    assertThat(result.stdout().lines().toList())
        .startsWith(
            "ICMP needs root or net.ipv4.ping_group_range; probing TCP 80, 443, 22 instead",
            "sweep 10.213.0.0/24: 254 addresses, TCP connects to ports 80, 443, 22 at once,"
                + " timeout 500 ms");
    assertThat(alive(result)).hasSize(44).containsAll(Lab.TCP_ONLY_HOSTS);
  }

  @Test
  void autoSendsIcmpFromADatagramSocketWhenTheRangeAdmitsTheUser() throws Exception {
    String gid = Lab.runAs(NOBODY, LIMIT, List.of("id", "-g")).stdout().strip();
    pingGroupRange(gid + " " + gid);
    try {
      Lab.Result result = sweep(NOBODY, "");

      assertThat(result.stdout().lines().findFirst().orElse(""))
          .isEqualTo(
              "sweep 10.213.0.0/24: 254 addresses, ICMP echo from inside the JVM (datagram"
                  + " socket), timeout 500 ms");
      assertThat(alive(result)).isEqualTo(Lab.ICMP_HOSTS);
    } finally {
      pingGroupRange("1 0");
    }
  }

  @Test
  void stoppingASweepOfSilentAddressesGivesBackWhatItHadWithinASecond() throws Exception {
    // the dark block: 4,096 addresses behind a gateway that does not exist, each silent for 3 s
    Lab.Result result =
        LabConch.run(
            null,
            LIMIT,
            String.join(
                "\n",
                "s = spawn(name: 'sweeper') {",
                "  sweep('10.213.32.0-10.213.47.255', probe: 'icmp', timeout: 3000)",
                "}",
                "while (!(s.waitTarget?.toString()?.contains(' sent'))) { sleep 10 }",
                "sleep 500",
                "t0 = System.nanoTime()",
                "s.cancel(); s.join()",
                "ms = (System.nanoTime() - t0) / 1e6",
                "println \"stopped within a second: ${ms < 1000}\"",
                "println \"complete: ${s.result.complete}, swept ${s.result.swept} of 4096\""));

    assertThat(result.stdout())
        .contains(
            "sweep 10.213.32.0-10.213.47.255: 4096 addresses, ICMP echo from inside the JVM",
            "stopped within a second: true",
            "complete: false, swept 0 of 4096")
        .containsPattern("stopped \\(Ctrl-C\\) after 0 of 4096 addresses")
        .containsPattern("0 answered among the 0 addresses swept before the stop \\(ICMP");
  }

  private static void pingGroupRange(String range) throws IOException, InterruptedException {
    Lab.Result set =
        Lab.run(
            LIMIT, List.of(Lab.tool("sysctl"), "-q", "-w", "net.ipv4.ping_group_range=" + range));
    assertThat(set.exitCode()).as(set.stderr()).isZero();
  }

  /** The path of {@code name}, or the test is skipped saying what to install. */
  private static String tool(String name) {
    Optional<String> path =
        Stream.of("/usr/bin", "/usr/sbin", "/bin", "/sbin")
            .map(dir -> java.nio.file.Path.of(dir, name))
            .filter(java.nio.file.Files::isExecutable)
            .map(Object::toString)
            .findFirst();
    assumeTrue(path.isPresent(), name + " is not installed (apt-get install -y " + name + ")");
    return path.get();
  }
}
