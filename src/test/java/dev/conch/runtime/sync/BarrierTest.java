package dev.conch.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Barriers: the tasks of each round get the indices 0 to n-1 and the action runs once a round; a
 * timeout, abort, a cancelled waiter or a failing action breaks the barrier for every task until it
 * is reset. Also that showing a barrier, as /tasks does, never waits for a slow action.
 */
class BarrierTest extends RuntimeFixture {
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void whatTasksShowsNeverWaitsForASlowAction() throws Exception {
    java.util.concurrent.CountDownLatch inAction = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    Barrier b =
        runtime
            .locks()
            .barrier(
                "b",
                1,
                () -> {
                  inAction.countDown();
                  try {
                    finish.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    Task last = spawn("last", () -> b.await());
    inAction.await();

    assertThat(b.toString()).isEqualTo("barrier b (1 of 1 waiting)");
    assertThat(b.isBroken()).isFalse();

    finish.countDown();
    last.join();
    assertThat(b.toString()).isEqualTo("barrier b (0 of 1 waiting)");
  }

  @Test
  void theTasksOfARoundGetTheDistinctIndicesZeroToNMinusOne() throws Exception {
    AtomicInteger actions = new AtomicInteger();
    Barrier b = runtime.locks().barrier("b", 3, actions::incrementAndGet);
    for (int round = 0; round < 2; round++) {
      List<Task> tasks = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        tasks.add(spawn("t" + i, () -> b.await()));
      }
      Set<Object> indices = new HashSet<>();
      for (Task task : tasks) {
        indices.add(task.getResult());
      }
      assertThat(indices).containsExactlyInAnyOrder(0, 1, 2);
      assertThat(actions.get()).isEqualTo(round + 1);
    }
    assertThat(b.toString()).isEqualTo("barrier b (0 of 3 waiting)");
  }

  @Test
  void aWaitingTaskIsWaitingOnTheBarrierWhichCountsTheArrivals() throws Exception {
    Barrier b = runtime.locks().barrier("b", 3, null);
    Task t1 = spawn("t1", () -> b.await());
    Eventually.waitsOn(t1, TaskState.WAITING, b);
    Task t2 = spawn("t2", () -> b.await());
    Eventually.waitsOn(t2, TaskState.WAITING, b);
    assertThat(String.valueOf(t1.getWaitTarget())).isEqualTo("barrier b (2 of 3 waiting)");
    assertThat(b.getWaiting()).isEqualTo(2);
    assertThat(b.await()).isEqualTo(2);
    assertThat(List.of(t1.getResult(), t2.getResult())).isEqualTo(List.of(0, 1));
  }

  @Test
  void aTimeoutBreaksTheBarrierForEveryTaskUntilItIsReset() throws Exception {
    Barrier b = runtime.locks().barrier("b", 2, null);
    Task late = spawn("w1", () -> b.await(0.05));
    late.join();
    String message = "barrier b: broken (task w1 timed out waiting); reset() it to use it again";
    assertThat(late.getError()).isInstanceOf(BrokenBarrierError.class).hasMessage(message);
    assertThat(b.isBroken()).isTrue();
    assertThatThrownBy(b::await).isInstanceOf(BrokenBarrierError.class).hasMessage(message);
    assertThat(b.toString()).isEqualTo("barrier b (broken: task w1 timed out waiting)");
    b.reset();
    assertThat(b.isBroken()).isFalse();
    Task again = spawn("w2", () -> b.await());
    assertThat(b.await()).isIn(0, 1);
    assertThat(again.getResult()).isIn(0, 1);
  }

  @Test
  void abortBreaksTheBarrierForTheTasksWaitingAtIt() throws Exception {
    Barrier b = runtime.locks().barrier("b", 3, null);
    Task waiter = spawn("w1", () -> b.await());
    Eventually.waitsOn(waiter, TaskState.WAITING, b);
    b.abort();
    waiter.join();
    assertThat(waiter.getError())
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessage("barrier b: broken (abort() was called); reset() it to use it again");
    assertThat(b.getWaiting()).isZero();
  }

  @Test
  void resetWhileTasksWaitBreaksTheirWaitButNotTheBarrier() throws Exception {
    Barrier b = runtime.locks().barrier("b", 3, null);
    Task waiter = spawn("w1", () -> b.await());
    Eventually.waitsOn(waiter, TaskState.WAITING, b);
    b.reset();
    waiter.join();
    assertThat(waiter.getError())
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessage("barrier b: broken (it was reset while 1 task waited)");
    assertThat(b.isBroken()).isFalse();
    assertThat(b.toString()).isEqualTo("barrier b (0 of 3 waiting)");
  }

  @Test
  void cancellingAWaitingTaskBreaksTheBarrierForTheOthers() throws Exception {
    Barrier b = runtime.locks().barrier("b", 3, null);
    Task w1 = spawn("w1", () -> b.await());
    Eventually.waitsOn(w1, TaskState.WAITING, b);
    Task w2 = spawn("w2", () -> b.await());
    Eventually.waitsOn(w2, TaskState.WAITING, b);
    w1.cancel();
    w1.join();
    w2.join();
    assertThat(w1.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(w1.getError()).isInstanceOf(InterruptedException.class);
    assertThat(w2.getError())
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessage(
            "barrier b: broken (task w1 was interrupted while waiting); reset() it to use it"
                + " again");
  }

  @Test
  void aFailingActionBreaksTheBarrierAndReachesTheLastTask() throws Exception {
    Barrier b =
        runtime
            .locks()
            .barrier(
                "b",
                2,
                () -> {
                  throw new IllegalStateException("no more");
                });
    Task first = spawn("first", () -> b.await());
    Eventually.waitsOn(first, TaskState.WAITING, b);
    assertThatThrownBy(b::await).isInstanceOf(IllegalStateException.class).hasMessage("no more");
    first.join();
    assertThat(first.getError())
        .isInstanceOf(BrokenBarrierError.class)
        .hasMessage(
            "barrier b: broken (its action failed: IllegalStateException: no more); reset() it"
                + " to use it again");
  }

  @Test
  void fewerThanOnePartyIsAMisuse() {
    assertThatThrownBy(() -> runtime.locks().barrier("b", 0, null))
        .isInstanceOf(MisuseError.class)
        .hasMessage("barrier b: 0 parties, expected 1 or more");
  }
}
