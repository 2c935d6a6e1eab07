package dev.conch.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.Lab.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The classroom network as a teacher and the sweep's tests see it: {@code lab.sh} run for real,
 * probes run inside the scanner's namespace. Skipped, with the reason, where the lab cannot be had.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LabTest {
  private static final Duration SHORT = Duration.ofSeconds(20);
  private static final Duration BUILD = Duration.ofMinutes(2);
  private static final String USAGE = "./shell lab up|status|shell [ARGS...]|down";

  @BeforeAll
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  static void labIsUp() throws Exception {
    assumeTrue(Lab.unavailable().isEmpty(), () -> Lab.unavailable().orElseThrow());
    Lab.up();
  }

  @Test
  void upAgainReturnsQuicklySayingTheLabIsAlreadyUp() throws Exception {
    List<String> listeners = listenerPids(Lab.NAMESPACE);
    long start = System.nanoTime();
    Result r = Lab.script(Map.of(), SHORT, "up");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout())
        .isEqualTo("lab: conch-lab is already up (10.213.0.1 and 43 hosts); nothing to do\n");
    assertThat(listenerPids(Lab.NAMESPACE))
        .as("the same listeners: nothing rebuilt")
        .isEqualTo(listeners);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void statusListsTheFortyThreeHostsAndSaysTheLabIsUp() throws Exception {
    Result r = Lab.script(Map.of(), SHORT, "status");

    assertThat(r.exitCode()).as(r.stderr()).isZero();
    List<String> lines = r.stdout().lines().toList();
    assertThat(lines).hasSize(44);
    List<String> hosts = lines.subList(0, 43);
    List<String> expected = new ArrayList<>(Lab.ICMP_HOSTS.subList(1, 41));
    expected.addAll(Lab.TCP_ONLY_HOSTS);
    assertThat(hosts).extracting(line -> line.split(" +")[0]).isEqualTo(expected);
    assertThat(hosts.subList(0, 40)).allMatch(line -> line.matches("\\S+ +icmp +namespace .*"));
    assertThat(hosts.get(0))
        .isEqualTo("10.213.0.2    icmp                  namespace conch-lab-h002 exists");
    assertThat(hosts.subList(40, 43))
        .containsExactly(
            "10.213.0.250  tcp 80 open, no icmp  namespace conch-lab-h250 exists",
            "10.213.0.251  tcp 80 open, no icmp  namespace conch-lab-h251 exists",
            "10.213.0.252  tcp reset, no icmp    namespace conch-lab-h252 exists");
    assertThat(lines.get(43))
        .isEqualTo(
            "lab: conch-lab is up: scanner 10.213.0.1/24 in namespace conch-lab, 43 hosts, and the"
                + " dark block 10.213.32.0/20 (silent, via 10.213.0.253, which does not exist)");
  }

  @Test
  void insideTheLabNoRouteLeadsOut() throws Exception {
    Result routes = Lab.run(SHORT, List.of(Lab.tool("ip"), "route"));
    assertThat(routes.exitCode()).as(routes.stderr()).isZero();
    assertThat(routes.stdout()).contains("10.213.0.0/24 dev br0").doesNotContain("default");

    // a route lookup only: it sends nothing
    Result out = Lab.run(SHORT, List.of(Lab.tool("ip"), "route", "get", "192.0.2.1"));
    assertThat(out.exitCode()).isNotZero();
    assertThat(out.stderr()).contains("Network is unreachable");
  }

  @Test
  void pingGroupRangeStaysClosedInTheLab() throws Exception {
    Result r = Lab.run(SHORT, List.of("cat", "/proc/sys/net/ipv4/ping_group_range"));
    assertThat(r.stdout()).isEqualTo("1\t0\n");
  }

  @Test
  void aTcpConnectToPort80OfTheListeningHostsSucceeds() throws Exception {
    for (String host : List.of("10.213.0.250", "10.213.0.251")) {
      Result r = Lab.run(SHORT, connect(host));
      assertThat(r.exitCode()).as(host + ": " + r.stderr()).isZero();
      assertThat(r.stdout()).isEqualTo("connected\n");
    }
  }

  @Test
  void aTcpConnectToTheResettingHostIsRefused() throws Exception {
    Result r = Lab.run(SHORT, connect("10.213.0.252"));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).contains("/dev/tcp/10.213.0.252/80: Connection refused");
  }

  @Test
  void exactlyTheIcmpHostsAnswerAnEcho() throws Exception {
    Path testClasses =
        Path.of(LabProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String java = ProcessHandle.current().info().command().orElseThrow();
    Result r =
        Lab.run(
            Duration.ofSeconds(40),
            List.of(java, "-cp", testClasses.toString(), LabProbe.class.getName(), "1000"));
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout().lines().toList()).isEqualTo(Lab.ICMP_HOSTS);
  }

  @Test
  void runAsRunsTheCommandAsThatUserInsideTheLab() throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", "-c"));
    command.add(
        "id -un; grep -o 'br0:' /proc/net/dev; exec 3<>/dev/tcp/10.213.0.250/80 && echo connected");
    Result r = Lab.runAs("nobody", SHORT, command);
    assertThat(r.exitCode()).as(r.stderr()).isZero();
    assertThat(r.stdout()).isEqualTo("nobody\nbr0:\nconnected\n");
  }

  @Test
  void aCommandPastItsTimeoutFailsAndNothingItStartedSurvives() {
    List<String> command = List.of("bash", "-c", "sleep 60 & echo $!; wait");
    assertThatThrownBy(() -> Lab.run(Duration.ofMillis(500), command))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "did not end within 500 ms; killed it and every process it started (1)")
        .satisfies(
            e -> {
              Matcher pid = Pattern.compile("stdout so far:\n(\\d+)\n").matcher(e.getMessage());
              assertThat(pid.find()).as(e.getMessage()).isTrue();
              assertThat(Lab.running(Long.parseLong(pid.group(1)))).isFalse();
            });
  }

  @Test
  void withoutRootTheLabSaysWhatItNeeds() throws Exception {
    Result group = Lab.exec(Map.of(), SHORT, List.of("id", "-g", "nobody"));
    Result r =
        Lab.exec(
            Map.of(),
            SHORT,
            List.of(
                Lab.tool("setpriv"),
                "--reuid=nobody",
                "--regid=" + group.stdout().strip(),
                "--clear-groups",
                "bash",
                Lab.SCRIPT.toString(),
                "up"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .isEqualTo(
            "lab: building the classroom network needs root (network namespaces); run it as root\n");
  }

  @Test
  void anUnknownSubcommandGetsTheUsageLine() throws Exception {
    Result r = Lab.script(Map.of(), SHORT, "sweep");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.stderr()).isEqualTo("lab: unknown subcommand 'sweep'; usage: " + USAGE + "\n");

    Result none = Lab.script(Map.of(), SHORT);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.stderr()).isEqualTo("lab: usage: " + USAGE + "\n");
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aSecondLabComesAndGoesWithoutTouchingTheFirst() throws Exception {
    String name = "conch-lt" + ProcessHandle.current().pid() % 10_000;
    Map<String, String> env = Map.of("CONCH_LAB_NAME", name);
    List<String> firstListeners = listenerPids(Lab.NAMESPACE);
    boolean down = false;
    try {
      Result up = Lab.script(env, BUILD, "up");
      assertThat(up.exitCode()).as(up.stdout() + up.stderr()).isZero();
      assertThat(up.stdout()).startsWith("lab: " + name + " is up: scanner 10.213.0.1/24");
      assertThat(namespaces(name)).hasSize(44);
      List<String> listeners = listenerPids(name);
      assertThat(listeners).hasSize(2).allMatch(pid -> Lab.running(Long.parseLong(pid)));
      Result open = Lab.runIn(name, SHORT, connect("10.213.0.250"));
      assertThat(open.stdout()).as(open.stderr()).isEqualTo("connected\n");

      Result r = Lab.script(env, BUILD, "down");
      down = r.exitCode() == 0;
      assertThat(r.exitCode()).as(r.stderr()).isZero();
      assertThat(r.stdout())
          .isEqualTo("lab: " + name + " is down: 44 namespaces removed, 2 listeners stopped\n");
      assertThat(namespaces(name)).isEmpty();
      assertThat(listeners).noneMatch(pid -> Lab.running(Long.parseLong(pid)));
      assertThat(Path.of("/run", name)).doesNotExist();
    } finally {
      if (!down) {
        Lab.script(env, BUILD, "down");
      }
    }
    assertThat(Lab.script(Map.of(), SHORT, "status").exitCode()).isZero();
    assertThat(listenerPids(Lab.NAMESPACE)).isEqualTo(firstListeners);
    assertThat(Lab.run(SHORT, connect("10.213.0.250")).stdout()).isEqualTo("connected\n");
  }

  /** bash connecting to port 80 of {@code host}: prints "connected", or fails as connect did. */
  private static List<String> connect(String host) {
    return List.of("bash", "-c", "exec 3<>/dev/tcp/" + host + "/80 && echo connected");
  }

  /** The PIDs a lab recorded for its listeners. */
  private static List<String> listenerPids(String lab) throws IOException {
    List<String> pids = new ArrayList<>();
    for (String port : List.of("h250", "h251")) {
      Path file = Path.of("/run", lab, port + ".pid");
      pids.add(Files.exists(file) ? Files.readString(file).strip() : "none");
    }
    return pids;
  }

  /** The namespaces of a lab: its own and its hosts'. */
  private static List<String> namespaces(String lab) throws Exception {
    Result r = Lab.exec(Map.of(), SHORT, List.of(Lab.tool("ip"), "netns", "list"));
    return r.stdout()
        .lines()
        .map(line -> line.split(" ")[0])
        .filter(ns -> ns.equals(lab) || ns.matches(Pattern.quote(lab) + "-h\\d{3}"))
        .toList();
  }
}
