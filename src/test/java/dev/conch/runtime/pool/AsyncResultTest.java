package dev.conch.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.conch.fixtures.Eventually;
import dev.conch.fixtures.PoolFixture;
import dev.conch.runtime.OutputRouter;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.TimeoutError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The results of a pool's apply_async and map_async: get gives the values in input order or the
 * first failure, with or without a timeout, and the success and error callbacks run on the worker.
 * Also asking whether it succeeded before it is ready, a task shown waiting on a result, and a
 * failing callback reported on the worker's error stream.
 */
@Timeout(20) // a job that never sees its interrupt would hang the test
class AsyncResultTest extends PoolFixture {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

  @Override
  protected OutputRouter.Sink sink() {
    return (task, text, error) -> lines.add((task == null ? "?" : task.getName()) + ": " + text);
  }

  /** A job that waits for {@code release}, then returns its argument. */
  private static Job waitingFor(CountDownLatch release) {
    return args -> {
      release.await();
      return args[0];
    };
  }

  @Test
  void mapAsyncGetsTheValuesInInputOrder() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");

    AsyncResult result = pool.mapAsync(TIMES_TEN, List.of(1, 2, 3));

    assertThat(result.get()).isEqualTo(List.of(10, 20, 30));
    assertThat(result.ready()).isTrue();
    assertThat(result.successful()).isTrue();
  }

  @Test
  void applyAsyncCallsItsCallbackOnTheWorkerBeforeGetReturns() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    List<String> called = Collections.synchronizedList(new ArrayList<>());

    AsyncResult result =
        pool.applyAsync(
            TIMES_TEN,
            List.of(4),
            value -> called.add(value + " on " + Task.current().getName()),
            error -> called.add("error " + error));

    assertThat(result.get()).isEqualTo(40);
    assertThat(called).containsExactly("40 on pool-1-worker-1");
  }

  @Test
  void errorCallbackGetsTheFailureThatGetThrows() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    List<Object> called = Collections.synchronizedList(new ArrayList<>());

    AsyncResult result =
        pool.applyAsync(
            args -> {
              throw new IllegalArgumentException("bad " + args[0]);
            },
            List.of(7),
            called::add,
            called::add);
    result.await();

    assertThat(result.ready()).isTrue();
    assertThat(result.successful()).isFalse();
    assertThat(called).singleElement().isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(result::get).isSameAs(called.get(0)).hasMessage("bad 7");
    assertThat(JobFailedError.noteOn((Throwable) called.get(0)))
        .hasMessage(
            "pool pool-1: fn(7) failed in pool-1-worker-1 (job 1):"
                + " IllegalArgumentException: bad 7");
  }

  @Test
  void aMapAsyncFailsWithItsFirstFailingJobAndSkipsTheRest() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    List<Object> ran = Collections.synchronizedList(new ArrayList<>());
    Job job =
        args -> {
          ran.add(args[0]);
          return 10 / (Integer) args[0];
        };

    AsyncResult result = pool.mapAsync(job, List.of(1, 0, 2, 5), 1, null, null);

    assertThat(JobFailedError.noteOn(catchThrowable(result::get)))
        .hasMessage(
            "pool pool-1: fn(0) failed in pool-1-worker-1 (job 2): ArithmeticException: / by zero");
    pool.close();
    pool.join();
    assertThat(ran).containsExactly(1, 0);
  }

  @Test
  void successfulBeforeTheResultIsReadyIsAMisuse() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch release = new CountDownLatch(1);

    AsyncResult result = pool.applyAsync(waitingFor(release), List.of("x"));

    assertThat(result.ready()).isFalse();
    assertThatThrownBy(result::successful)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "jobs of pool pool-1 (0 of 1 done): not ready yet, so neither successful nor failed;"
                + " wait() for it first");
    release.countDown();
    assertThat(result.get()).isEqualTo("x");
  }

  @Test
  void getWithATimeoutGivesUpWithATimeoutErrorAndCanBeTriedAgain() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch release = new CountDownLatch(1);

    AsyncResult result = pool.mapAsync(waitingFor(release), List.of("a", "b"));

    assertThatThrownBy(() -> result.get(0.05))
        .isInstanceOf(TimeoutError.class)
        .hasMessage("jobs of pool pool-1 (0 of 2 done): no result within 0.05 s");
    assertThat(result.await(0.01)).isFalse();
    release.countDown();
    assertThat(result.get(-1)).isEqualTo(List.of("a", "b"));
    assertThat(result.await(0)).isTrue();
  }

  @Test
  void aTaskWaitingForAResultIsWaitingOnIt() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch release = new CountDownLatch(1);
    AsyncResult result = pool.applyAsync(waitingFor(release), List.of(1));

    Task waiter = spawn("waiter", result::get);
    until(waiter, TaskState.WAITING);

    assertThat(waiter.getWaitTarget()).isSameAs(result);
    release.countDown();
    assertThat(waiter.getResult()).isEqualTo(1);
  }

  @Test
  void anEmptyMapAsyncIsReadyAtOnceAndCallsItsCallback() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    List<Object> called = new ArrayList<>();

    AsyncResult result = pool.mapAsync(TIMES_TEN, List.of(), 0, called::add, null);

    assertThat(result.ready()).isTrue();
    assertThat(result.get()).isEqualTo(List.of());
    assertThat(called).containsExactly(List.of());
  }

  @Test
  void aFailingCallbackIsReportedOnTheWorkersErrorStream() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");

    AsyncResult result =
        pool.applyAsync(
            TIMES_TEN,
            List.of(1),
            value -> {
              throw new IllegalStateException("boom");
            },
            null);

    assertThat(result.get()).isEqualTo(10);
    assertThat(lines)
        .containsExactly(
            "pool-1-worker-1: jobs of pool pool-1 (1 of 1 done): callback failed:"
                + " IllegalStateException: boom");
  }

  @Test
  void aPoolsCallbacksTakeTurnsAsPythonsDo() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch firstIn = new CountDownLatch(1);
    AsyncResult first =
        pool.applyAsync(
            TIMES_TEN,
            List.of(1),
            value -> {
              seen.add("first in");
              firstIn.countDown();
              try {
                Eventually.until(
                    "the second callback waits for its turn",
                    () -> pool.dispatcher().callbackWaits());
              } catch (AssertionError e) {
                seen.add("the second never waited for its turn");
              }
              seen.add("first out");
            },
            null);
    await(firstIn);
    AsyncResult second = pool.applyAsync(TIMES_TEN, List.of(2), value -> seen.add("second"), null);

    assertThat(second.get()).isEqualTo(20);
    assertThat(first.get()).isEqualTo(10);
    assertThat(seen).containsExactly("first in", "first out", "second");
  }

  @Test
  void aCallbackThatWaitsForAnotherCallbackOfItsPoolIsToldAtOnce() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    CountDownLatch release = new CountDownLatch(1);
    AsyncResult later = pool.applyAsync(waitingFor(release), List.of("x"), value -> {}, null);
    List<Object> got = Collections.synchronizedList(new ArrayList<>());
    AsyncResult waiting =
        pool.applyAsync(
            TIMES_TEN,
            List.of(1),
            value -> {
              try {
                got.add(later.get());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            null);

    assertThat(waiting.get()).isEqualTo(10);
    release.countDown();
    assertThat(later.get()).isEqualTo("x");
    assertThat(got).isEmpty();
    assertThat(lines)
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("callback failed: RuntimeError:")
                    .contains("a callback waits for a result of its own pool"));
  }
}
