package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.bench.DownloadGoal.Times;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The download benchmark's verdict: the best peer is the fastest tool that is not Conch, and the
 * goal is Conch, in its faster setting, taking at most 1.1 times as long as the best peer, met at
 * the limit and missed above it, with no verdict when no peer ran. Also each tool's line with its
 * median, range, rate and ratio to the best peer.
 */
class DownloadGoalTest {

  private static Times times(String tool, boolean conch, long median, long min, long max) {
    return new Times(
        tool,
        conch,
        new Stats(Duration.ofMillis(median), Duration.ofMillis(min), Duration.ofMillis(max)));
  }

  private static final Times CONCH = times("Conch download, workers 8", true, 1300, 1250, 1400);
  private static final Times SEGMENTS =
      times("Conch download, workers 8, segments 8", true, 1320, 1300, 1330);
  private static final Times CURL = times("curl -Z --parallel-max 8", false, 4700, 4600, 4800);
  private static final Times ARIA2 = times("aria2c -j8 -x8 -s8 -k1M", false, 1210, 1200, 1250);

  @Test
  void theBestPeerIsTheFastestToolThatIsNotConch() {
    assertThat(DownloadGoal.bestPeer(List.of(CONCH, CURL, ARIA2))).contains(ARIA2);
    assertThat(DownloadGoal.bestConch(List.of(SEGMENTS, CONCH, CURL))).contains(CONCH);
    assertThat(DownloadGoal.bestPeer(List.of(CONCH, SEGMENTS))).isEmpty();
  }

  @Test
  void aGoalLineNamesTheBestPeerAndConchsFasterSetting() {
    assertThat(DownloadGoal.goal(List.of(CONCH, SEGMENTS, CURL, ARIA2)))
        .isEqualTo(
            "goal: Conch at most 1.1× the best peer (aria2c -j8 -x8 -s8 -k1M, 1.210 s):"
                + " Conch download, workers 8 1.300 s = 1.07×: met");
  }

  @Test
  void theGoalIsMetAtItsLimitAndMissedAboveIt() {
    Times peer = times("curl", false, 1000, 1000, 1000);
    assertThat(DownloadGoal.met(List.of(times("c", true, 1100, 1, 1), peer))).isTrue();
    assertThat(DownloadGoal.met(List.of(times("c", true, 1101, 1, 1), peer))).isFalse();
    assertThat(DownloadGoal.goal(List.of(times("c", true, 1101, 1, 1), peer)))
        .isEqualTo(
            "goal: Conch at most 1.1× the best peer (curl, 1.000 s): c 1.101 s = 1.10×: NOT met");
  }

  @Test
  void withoutAPeerThereIsNoVerdict() {
    assertThat(DownloadGoal.goal(List.of(CONCH)))
        .isEqualTo("goal: Conch at most 1.1× the best peer: no verdict, no peer did not run");
    assertThat(DownloadGoal.met(List.of(CONCH))).isFalse();
  }

  @Test
  void aLineShowsTheMedianItsRangeTheRateAndTheRatioToTheBestPeer() {
    long bytes = 20L * 8 * 1048576; // 160 MiB
    assertThat(DownloadGoal.line(CONCH, bytes, Optional.of(ARIA2)))
        .isEqualTo(
            "Conch download, workers 8                    1.300 s (1.250–1.400)    123 MiB/s"
                + "   1.07× best peer");
    assertThat(DownloadGoal.line(CURL, bytes, Optional.empty()))
        .isEqualTo(
            "curl -Z --parallel-max 8                     4.700 s (4.600–4.800)     34 MiB/s");
  }
}
