package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.task.Progress;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The progress bar a long pool call shows on the status line: the share of jobs done, drawn only
 * once a call has run for half a second, and for the oldest such call.
 */
class ProgressTextTest {
  private static final long MS = 1_000_000L;

  @Test
  void drawsTheShareOfDoneJobs() {
    Progress progress = new Progress("pool-1", "map", 3120, 10000, 0);

    assertThat(ProgressText.render(progress, 10)).isEqualTo("pool-1 map [###-------] 3120/10000");
  }

  @Test
  void aFinishedCallFillsTheBar() {
    assertThat(ProgressText.render(new Progress("p", "imap", 4, 4, 0), 4))
        .isEqualTo("p imap [####] 4/4");
  }

  @Test
  void onlyCallsRunningHalfASecondGetABarTheOldestFirst() {
    List<Progress> calls =
        List.of(new Progress("a", "map", 1, 2, 100 * MS), new Progress("b", "map", 1, 2, 400 * MS));

    assertThat(ProgressText.oldest(calls, 500 * MS, 4)).isEmpty();
    assertThat(ProgressText.oldest(calls, 600 * MS, 4)).contains("a map [##--] 1/2");
  }
}
