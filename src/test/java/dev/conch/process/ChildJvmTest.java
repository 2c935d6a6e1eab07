package dev.conch.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The command line of a child JVM: the JIT thresholds it takes over from its parent, and the exit
 * that does not wait for threads in native calls.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ChildJvmTest {
  @Test
  void aChildCompilesAtTheParentsThresholds() {
    String[] shell = {
      "-XX:+UseG1GC", "-XX:CompileThresholdScaling=5", "-Dconch.home=/x", "-jar", "conch.jar"
    };
    assertThat(ChildJvm.jitOf(shell)).containsExactly("-XX:CompileThresholdScaling=5");
  }

  @Test
  void aChildCompilesTheLearnersClassesAsTheParentDoes() {
    String[] shell = {
      "-XX:CompileThresholdScaling=5",
      "-XX:Tier3BackEdgeThreshold=12000",
      "-Dconch.home=/x",
      "-XX:CompileCommand=quiet",
      "-XX:CompileCommand=CompileThresholdScaling,Conch*::*,0.2",
      "-jar",
      "conch.jar"
    };
    assertThat(ChildJvm.jitOf(shell))
        .containsExactly(
            "-XX:CompileThresholdScaling=5",
            "-XX:Tier3BackEdgeThreshold=12000",
            "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=CompileThresholdScaling,Conch*::*,0.2");
  }

  @Test
  void aParentWithoutThresholdsGivesItsChildrenNone() {
    String[] plain = {"-XX:+UseG1GC", "-cp", "classes", "dev.conch.Main"};
    assertThat(ChildJvm.jitOf(plain)).isEmpty();
  }

  @Test
  void theChildsCommandCarriesWhatThisJvmWasStartedWith() {
    String[] mine = ProcessHandle.current().info().arguments().orElseThrow();
    assertThat(ChildJvm.command()).containsAll(ChildJvm.jitOf(mine));
  }

  @Test
  void aChildExitsWithoutWaitingForThreadsInNativeCalls() {
    assertThat(ChildJvm.command())
        .contains("-XX:UserThreadWaitAttemptsAtExit=0")
        .containsSubsequence("-XX:UserThreadWaitAttemptsAtExit=0", "-cp", ChildJvm.MAIN);
  }
}
