package dev.conch.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A task's journal keeps each change of state with its time and what the task waited for; once
 * full, its last entry still holds the latest state.
 */
class JournalTest {
  @Test
  void entriesComeBackWithTheirTimesStatesAndTargets() {
    Journal journal = new Journal();
    Duration nap = Duration.ofMillis(10);
    journal.record(0, TaskState.RUNNING, null);
    journal.record(1_500, TaskState.SLEEPING, nap);
    journal.record(3_000_000_000_000L, TaskState.DONE, null);

    assertThat(journal.entries())
        .containsExactly(
            new Journal.Entry(0, TaskState.RUNNING, null),
            new Journal.Entry(1_500, TaskState.SLEEPING, nap),
            new Journal.Entry(3_000_000_000_000L, TaskState.DONE, null));
    assertThat(journal.lastAt()).isEqualTo(3_000_000_000_000L);
  }

  @Test
  void aTargetAfterManyEntriesWithoutOneKeepsTheEarlierOnesNull() {
    Journal journal = new Journal();
    for (int i = 0; i < 9; i++) {
      journal.record(i, TaskState.RUNNING, null);
    }
    journal.record(9, TaskState.WAITING, "the lock");

    assertThat(journal.entries()).hasSize(10);
    assertThat(journal.entries().subList(0, 9)).allMatch(e -> e.target() == null);
    assertThat(journal.entries().get(9))
        .isEqualTo(new Journal.Entry(9, TaskState.WAITING, "the lock"));
  }

  @Test
  void aFullJournalKeepsTheLatestStateInItsLastEntry() {
    Journal journal = new Journal();
    for (int i = 0; i < Journal.LIMIT + 10; i++) {
      journal.record(i, i % 2 == 0 ? TaskState.RUNNING : TaskState.WAITING, i);
    }
    journal.record(99_999, TaskState.FAILED, null);

    assertThat(journal.entries()).hasSize(Journal.LIMIT);
    assertThat(journal.entries().get(Journal.LIMIT - 1))
        .isEqualTo(new Journal.Entry(99_999, TaskState.FAILED, null));
    assertThat(journal.entries().get(0)).isEqualTo(new Journal.Entry(0, TaskState.RUNNING, 0));
  }

  @Test
  void anEmptyJournalHasNoLastTime() {
    assertThat(new Journal().lastAt()).isEqualTo(-1);
    assertThat(new Journal().entries()).isEmpty();
  }
}
