package dev.conch.net.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import dev.conch.runtime.wait.Interrupts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task calling {@code geo} is journaled as waiting on the call's progress, which {@code /tasks}
 * shows; Ctrl-C (an interrupt) gives back a partial result within a second, whether the call waits
 * for an answer or for ip-api's limit.
 */
class GeoTaskTest {
  private static final Duration PROMPT = Duration.ofSeconds(1);

  @TempDir Path home;

  private ConchRuntime runtime;
  private Run run;
  private Geo geo;

  @BeforeEach
  void start() {
    runtime = ConchRuntime.create((task, text, error) -> {});
    run = runtime.tasks().beginRun("test");
    geo = new Geo(new GeoPlaces(home, Map.of(), List.of()), null, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    geo.close();
    runtime.tasks().endRun(run, false);
    runtime.close();
  }

  @Test
  void aTaskWaitingForAnswersIsShownAndStopsWithinASecond() throws Exception {
    try (IpApiStandIn s =
        new IpApiStandIn(Duration.ofSeconds(60), 45, 15, Duration.ofSeconds(20))) {
      Task task = lookUp(IpApiStandIn.addresses(300), s);
      String shown =
          "geo 300 addresses (ip-api): 0 done, 300 left, waiting for ip-api's first answer";
      until(
          "the task waits on its progress: " + shown,
          () -> waitsOnProgress(task) && task.getWaitTarget().toString().equals(shown));
      assertStopsPromptly(task, 300);
    }
  }

  @Test
  void aTaskWaitingForTheLimitSaysSoAndStopsWithinASecond() throws Exception {
    try (IpApiStandIn s = new IpApiStandIn(Duration.ofSeconds(30), 45, 15, Duration.ZERO)) {
      s.useUp("batch");
      Task task = lookUp(IpApiStandIn.addresses(150), s);
      until(
          "the task waits for the limit",
          () -> waitsOnProgress(task) && task.getWaitTarget().toString().contains("limit"));
      assertThat(String.valueOf(task.getWaitTarget()))
          .matches(
              "geo 150 addresses \\(ip-api\\): 0 done, 150 left, waiting for ip-api's batch"
                  + " limit, 3[01] s");
      assertStopsPromptly(task, 150);
      assertThat(s.refused.get()).isEqualTo(1);
    }
  }

  private Task lookUp(List<String> ips, IpApiStandIn s) {
    GeoOptions options = GeoOptions.defaults().withProvider(GeoProvider.IP_API).withUrl(s.base());
    return runtime
        .tasks()
        .spawn(TaskSpec.defaults().withName("geo-caller"), () -> geo.lookup(ips, options));
  }

  private static boolean waitsOnProgress(Task task) {
    return task.getState() == TaskState.WAITING && task.getWaitTarget() instanceof GeoProgress;
  }

  private static void assertStopsPromptly(Task task, int size) throws Exception {
    long start = System.nanoTime();
    Interrupts.interrupt(task.thread());
    assertThat(task.join(5.0)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPT);
    GeoResult result = (GeoResult) task.getResult();
    assertThat(result.isComplete()).isFalse();
    assertThat(result.getRows()).hasSize(size);
    assertThat(result.get(0)).isEqualTo(GeoRow.failed(result.get(0).ip(), "interrupted", "ip-api"));
    assertThat(result.toString()).endsWith("(interrupted)");
  }

  private static void until(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("still not true after 10 s: " + what);
      }
      Thread.sleep(5);
    }
  }
}
