package dev.conch.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The list of tasks alive now keeps them in the order they were added, whichever one is removed,
 * and removing one that is not there changes nothing.
 */
class LiveTasksTest {
  private final LiveTasks live = new LiveTasks();
  private final Task a = new Task("a", null);
  private final Task b = new Task("b", null);
  private final Task c = new Task("c", null);

  @Test
  void tasksComeBackInTheOrderTheyWereAdded() {
    live.add(a);
    live.add(b);
    live.add(c);
    assertThat(live.snapshot()).containsExactly(a, b, c);
    assertThat(live.size()).isEqualTo(3);
  }

  @Test
  void removingTheFirstTheMiddleOrTheLastKeepsTheRestInOrder() {
    live.add(a);
    live.add(b);
    live.add(c);
    live.remove(b);
    assertThat(live.snapshot()).containsExactly(a, c);
    live.remove(a);
    assertThat(live.snapshot()).containsExactly(c);
    live.add(a);
    live.remove(a);
    assertThat(live.snapshot()).containsExactly(c);
    live.remove(c);
    assertThat(live.snapshot()).isEmpty();
    assertThat(live.size()).isZero();
  }

  @Test
  void removingATaskThatIsNotThereChangesNothing() {
    live.add(a);
    live.remove(b);
    live.remove(a);
    live.remove(a);
    assertThat(live.snapshot()).isEmpty();
    assertThat(live.size()).isZero();
  }
}
