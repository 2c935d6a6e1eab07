package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ctrl-C: the downloading task, journaled as waiting on the progress, is cancelled mid-file; the
 * download returns its partial result within a second, keeps the .part and its meta, and the next
 * run continues it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DownloadInterruptTest extends DownloadFixture {
  private final byte[] data = bytes(5, 50_000);
  private ConchRuntime runtime;
  private Run run;

  @BeforeEach
  void startRuntime() {
    runtime = ConchRuntime.create((task, text, error) -> {});
    run = runtime.tasks().beginRun("test");
  }

  @AfterEach
  void stopRuntime() {
    runtime.tasks().endRun(run, false);
    runtime.close();
  }

  /** Polls {@code condition} until it holds, for 10 s at most. */
  private static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  /** Starts the download on a task, waits until {@code bytes} are in the .part, cancels it. */
  private DownloadResult downloadCancelledAt(
      long bytes, DownloadOptions options, AtomicBoolean flag) throws Exception {
    List<String> urls = List.of(server.url("/a.bin").toString());
    Task task =
        runtime
            .tasks()
            .spawn(
                TaskSpec.defaults().withName("downloader"),
                () -> {
                  DownloadResult result =
                      Download.plan(urls, dir, options).run(runtime.clock()::now, client);
                  flag.set(Thread.currentThread().isInterrupted());
                  return result;
                });
    until(() -> task.getWaitTarget() instanceof DownloadProgress p && p.getBytes() == bytes);
    assertThat(task.getState()).isEqualTo(TaskState.WAITING);
    DownloadProgress progress = (DownloadProgress) task.getWaitTarget();
    assertThat(progress.toString())
        .startsWith("download: 0 of 1 done, 0 failed, 1 active, 0.0 MiB at ");
    assertThat(progress.active())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.name()).isEqualTo("a.bin");
              assertThat(f.done()).isEqualTo(bytes);
              assertThat(f.total()).isEqualTo(data.length);
            });
    long cancelled = System.nanoTime();
    task.cancel();
    assertThat(task.join(2.0)).isTrue();
    assertThat(System.nanoTime() - cancelled).isLessThan(TimeUnit.SECONDS.toNanos(1));
    return (DownloadResult) task.getResult();
  }

  @Test
  void cancelledMidFileItReturnsWithinASecondKeepingThePartForTheNextRun() throws Exception {
    String sha = serve("/a.bin", data);
    server.mode("/a.bin", RangeServer.Mode.STALL);
    AtomicBoolean interruptedAfter = new AtomicBoolean();

    DownloadResult stopped = downloadCancelledAt(25_000, QUICK, interruptedAfter);

    assertThat(stopped.isInterrupted()).isTrue();
    assertThat(interruptedAfter).isTrue();
    DownloadFileResult row = stopped.getFiles().getFirst();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.STOPPED);
    assertThat(row.size()).isEqualTo(25_000);
    assertThat(listing()).containsExactly("a.bin.part", "a.bin.part.meta");

    server.release();
    server.mode("/a.bin", RangeServer.Mode.RANGES);
    DownloadFileResult resumed =
        download("/a.bin", QUICK.withSha256(DownloadChecksums.of(sha))).getFiles().getFirst();

    assertThat(server.gets("/a.bin").getLast())
        .isEqualTo(new RangeServer.Request("GET", "/a.bin", "bytes=25000-", server.etag("/a.bin")));
    assertThat(resumed.outcome()).isEqualTo(DownloadOutcome.RESUMED);
    assertThat(resumed.verified()).isTrue();
    assertThat(listing()).containsExactly("a.bin");
  }

  @Test
  void cancelledMidSegmentsEachSegmentContinuesWhereItStopped() throws Exception {
    serve("/a.bin", data);
    server.mode("/a.bin", RangeServer.Mode.STALL);
    DownloadOptions twoSegments = QUICK.withSegments(2, 1024);

    DownloadResult stopped = downloadCancelledAt(25_000, twoSegments, new AtomicBoolean());

    assertThat(stopped.getFiles().getFirst().outcome()).isEqualTo(DownloadOutcome.STOPPED);
    DownloadPart.Meta meta =
        new DownloadPart(dir.resolve("a.bin")).meta(server.url("/a.bin").toString());
    assertThat(meta.segments())
        .extracting(DownloadPart.Segment::done)
        .containsExactly(12_500L, 12_500L);

    server.release();
    server.mode("/a.bin", RangeServer.Mode.RANGES);
    int before = server.gets("/a.bin").size();
    DownloadFileResult resumed = download("/a.bin", QUICK).getFiles().getFirst();

    assertThat(server.gets("/a.bin").subList(before, before + 2))
        .extracting(RangeServer.Request::range)
        .containsExactlyInAnyOrder("bytes=12500-24999", "bytes=37500-49999");
    assertThat(resumed.outcome()).isEqualTo(DownloadOutcome.RESUMED);
    assertThat(resumed.segments()).isEqualTo(2);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(data);
  }
}
