package dev.conch.net.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sweep's result as a learner and other programs read it, built from known rows. */
class SweepResultTest {
  private static final long MS = 1_000_000L;

  private static InetAddress at(String text) {
    return Targets.parse(text, 1).get(0);
  }

  /** 10.0.0.1–10: .2 and .7 answer, .10 was never reached. */
  private static SweepResult sample() {
    List<HostResult> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      InetAddress address = at("10.0.0." + i);
      if (i == 2 || i == 7) {
        rows.add(HostResult.echoed(address, ProbeKind.ICMP, 2 * MS, 1, 2 * MS));
      } else if (i == 10) {
        rows.add(HostResult.unfinished(address, ProbeKind.ICMP, 0, 0));
      } else {
        rows.add(HostResult.silent(address, ProbeKind.ICMP, 2, 1250 * MS));
      }
    }
    return new SweepResult(
        "10.0.0.1-10", ProbeKind.ICMP, null, SweepOptions.DEFAULTS, rows, 900 * MS);
  }

  @Test
  void aliveSilentAndWhatWasNotReached() {
    SweepResult r = sample();

    assertThat(r.getAlive()).containsExactly("10.0.0.2", "10.0.0.7");
    assertThat(r.getSilent())
        .containsExactly(
            "10.0.0.1", "10.0.0.3", "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.8", "10.0.0.9");
    assertThat(r.isComplete()).isFalse();
    assertThat(r.getSwept()).isEqualTo(9);
    assertThat(r.toString())
        .isEqualTo("sweep 10.0.0.1-10: 2 of 10 answered (icmp) in 0.90 s, stopped after 9");
  }

  @Test
  void theSerialEstimateIsTheSumOfEachAddresssOwnTime() {
    assertThat(sample().getSerial()).isEqualTo((7 * 1250 + 2 * 2) / 1000.0);
    assertThat(sample().getElapsed()).isEqualTo(0.9);
  }

  @Test
  void silentAddressesComeInRuns() {
    assertThat(sample().getSilentRanges()).containsExactly("10.0.0.1", "10.0.0.3-6", "10.0.0.8-9");
  }

  @Test
  void jsonAndCsvCarryEveryAddress() throws Exception {
    JsonNode json = new ObjectMapper().readTree(sample().getJson());

    assertThat(json.get("hosts")).hasSize(10);
    assertThat(json.get("hosts").get(1).get("ip").asText()).isEqualTo("10.0.0.2");
    assertThat(json.get("hosts").get(1).get("rttMs").asDouble()).isEqualTo(2.0);
    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(sample().getCsv().lines())
        .hasSize(11)
        .contains("10.0.0.2,true,2.000,icmp,,,1,true", "10.0.0.10,false,,icmp,,,0,false");
  }
}
