package dev.conch.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Events: set wakes every waiting task, even when cleared at once; a wait on a set event returns at
 * once; a timed wait returns false when nobody sets it; and cancelling a waiting task ends its
 * wait.
 */
class EventTest extends RuntimeFixture {
  @Test
  void setWakesEveryWaitingTask() throws Exception {
    Event e = runtime.locks().event("e");
    List<Task> waiters = new ArrayList<>();
    for (String name : List.of("w1", "w2", "w3")) {
      Task waiter = spawn(name, () -> e.await());
      Eventually.waitsOn(waiter, TaskState.WAITING, e);
      waiters.add(waiter);
    }
    assertThat(String.valueOf(waiters.get(0).getWaitTarget()))
        .isEqualTo("event e (not set; 3 waiting)");
    e.set();
    for (Task waiter : waiters) {
      assertThat(waiter.getResult()).isEqualTo(true);
    }
    assertThat(e.toString()).isEqualTo("event e (set)");
  }

  @Test
  void aWaitOnASetEventReturnsAtOnceAndClearMakesLaterWaitsWait() throws Exception {
    Event e = runtime.locks().event("e");
    e.set();
    assertThat(e.await()).isTrue();
    assertThat(e.isSet()).isTrue();
    e.clear();
    assertThat(e.isSet()).isFalse();
    assertThat(e.await(0.02)).isFalse();
    assertThat(e.toString()).isEqualTo("event e (not set)");
  }

  @Test
  void aTimedWaitReturnsFalseWhenNobodySetsIt() throws Exception {
    Event e = runtime.locks().event("e");
    Task waiter = spawn("waiter", () -> e.await(0.05));
    assertThat(waiter.getResult()).isEqualTo(false);
    assertThat(waiter.journal().entries())
        .anyMatch(entry -> entry.state() == TaskState.WAITING && entry.target() == e);
    assertThat(e.waiting()).isZero();
  }

  @Test
  void aSetThatIsClearedAtOnceStillWakesTheWaiters() throws Exception {
    Event e = runtime.locks().event("e");
    Task waiter = spawn("waiter", () -> e.await(30));
    Eventually.waitsOn(waiter, TaskState.WAITING, e);
    e.set();
    e.clear();
    assertThat(waiter.getResult()).isEqualTo(true);
  }

  @Test
  void cancellingAWaitingTaskEndsItsWait() throws Exception {
    Event e = runtime.locks().event("e");
    Task waiter = spawn("waiter", () -> e.await());
    Eventually.waitsOn(waiter, TaskState.WAITING, e);
    waiter.cancel();
    waiter.join();
    assertThat(waiter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(waiter.getError()).isInstanceOf(InterruptedException.class);
    assertThat(e.toString()).isEqualTo("event e (not set)");
  }
}
