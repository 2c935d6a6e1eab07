package dev.conch.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.PoolFixture;
import dev.conch.runtime.errors.CancelledError;
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
 * Executors and their futures as in Python's concurrent.futures: submit gives a future of the job's
 * value or error, result may time out, only a job no worker has started can be cancelled,
 * as_completed gives futures in the order they end, and shutdown waits for the jobs (or cancels
 * those not started) and refuses new ones.
 */
@Timeout(20) // a job that never sees its interrupt would hang the test
class ExecutorTest extends PoolFixture {
  private static final Job MULTIPLY = args -> (Integer) args[0] * (Integer) args[1];

  /** A job that counts down {@code started}, waits for {@code release}, then returns its arg. */
  private static Job blocking(CountDownLatch started, CountDownLatch release) {
    return args -> {
      started.countDown();
      release.await();
      return args[0];
    };
  }

  @Test
  void submitGivesAFutureOfTheJobsValue() throws Exception {
    Executor executor = runtime.pools().executor(null, 2, "thread");

    JobFuture future = executor.submit(MULTIPLY, 6, 7);

    assertThat(future.result()).isEqualTo(42);
    assertThat(future.done()).isTrue();
    assertThat(future.exception()).isNull();
    assertThat(future).hasToString("executor executor-1 job 1 (done)");
    assertThat(executor.workers())
        .extracting(Task::getName)
        .containsExactly("executor-1-worker-1", "executor-1-worker-2");
  }

  @Test
  void resultWithATimeoutGivesUpWithATimeoutError() throws Exception {
    Executor executor = runtime.pools().executor(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    JobFuture future = executor.submit(blocking(started, release), "x");
    started.await();

    assertThat(future.running()).isTrue();
    assertThatThrownBy(() -> future.result(0.05))
        .isInstanceOf(TimeoutError.class)
        .hasMessage("executor executor-1 job 1 (running): no result within 0.05 s");
    release.countDown();
    assertThat(future.result(5)).isEqualTo("x");
  }

  @Test
  void onlyAJobNoWorkerHasStartedCanBeCancelled() throws Exception {
    Executor executor = runtime.pools().executor(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JobFuture running = executor.submit(blocking(started, release), "first");
    JobFuture pending = executor.submit(MULTIPLY, 2, 3);
    started.await();

    assertThat(running.cancel()).isFalse();
    assertThat(pending.cancel()).isTrue();

    assertThat(pending.cancelled()).isTrue();
    assertThat(pending.done()).isTrue();
    assertThatThrownBy(pending::result)
        .isInstanceOf(CancelledError.class)
        .hasMessage("executor executor-1 job 2: cancelled before it ran");
    assertThatThrownBy(pending::exception).isInstanceOf(CancelledError.class);
    release.countDown();
    assertThat(running.result()).isEqualTo("first");
  }

  @Test
  void exceptionGivesTheJobsErrorAndResultThrowsIt() throws Exception {
    Executor executor = runtime.pools().executor(null, 1, "thread");

    JobFuture future = executor.submit(MULTIPLY, 2, null);

    assertThat(future.exception()).isInstanceOf(NullPointerException.class);
    assertThat(JobFailedError.noteOn(future.exception()))
        .hasMessageStartingWith(
            "executor executor-1: fn(2, null) failed in executor-1-worker-1 (job 1):"
                + " NullPointerException");
    assertThatThrownBy(future::result).isSameAs(future.exception());
  }

  @Test
  void asCompletedGivesFuturesInTheOrderTheyEnd() throws Exception {
    Executor executor = runtime.pools().executor(null, 3, "thread");
    CountDownLatch one = new CountDownLatch(1);
    CountDownLatch two = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(2);
    JobFuture first = executor.submit(blocking(started, one), 1);
    JobFuture second = executor.submit(blocking(started, two), 2);
    JobFuture third = executor.submit(MULTIPLY, 3, 1);

    AsCompleted completed = executor.asCompleted(List.of(first, second, third, first));

    assertThat(completed.next()).isSameAs(third);
    two.countDown();
    assertThat(completed.next()).isSameAs(second);
    one.countDown();
    assertThat(completed.next()).isSameAs(first);
    assertThat(completed.hasNext()).isFalse();
  }

  @Test
  void asCompletedWithATimeoutGivesUpWithATimeoutError() throws Exception {
    Executor executor = runtime.pools().executor(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JobFuture stuck = executor.submit(blocking(started, release), 1);

    AsCompleted completed = executor.asCompleted(List.of(stuck), 0.05);

    assertThatThrownBy(completed::next)
        .isInstanceOf(TimeoutError.class)
        .hasMessage("as_completed: 1 of 1 futures not done within 0.05 s");
    release.countDown();
  }

  @Test
  void asCompletedRefusesWhatIsNotAFuture() {
    assertThatThrownBy(() -> new AsCompleted(List.of(3), -1))
        .isInstanceOf(MisuseError.class)
        .hasMessage("as_completed: 3 is not a future; give the futures that submit() returned");
  }

  @Test
  void shutdownWaitsForTheJobsAndRefusesNewOnes() throws Exception {
    Executor executor = runtime.pools().executor(null, 2, "thread");
    List<JobFuture> futures = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      futures.add(executor.submit(MULTIPLY, i, i));
    }

    executor.shutdown();

    assertThat(futures).allMatch(JobFuture::done);
    assertThat(executor.workers()).allMatch(w -> w.getState() == TaskState.DONE);
    assertThatThrownBy(() -> executor.submit(MULTIPLY, 1, 1))
        .isInstanceOf(MisuseError.class)
        .hasMessage("executor executor-1: closed; no new jobs");
  }

  @Test
  void shutdownMayCancelTheJobsNoWorkerHasStarted() throws Exception {
    Executor executor = runtime.pools().executor(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JobFuture running = executor.submit(blocking(started, release), "r");
    JobFuture pending = executor.submit(MULTIPLY, 2, 2);
    started.await();

    executor.shutdown(false, true);
    release.countDown();

    assertThat(pending.cancelled()).isTrue();
    assertThat(running.result()).isEqualTo("r");
    executor.shutdown(true);
  }

  @Test
  void mapGivesTheValuesInOrderAndDoneCallbacksRun() throws Exception {
    Executor executor = runtime.pools().executor(null, 2, "thread");
    List<Object> seen = Collections.synchronizedList(new ArrayList<>());

    List<Object> values = new ArrayList<>();
    executor.map(TIMES_TEN, List.of(1, 2, 3)).forEachRemaining(values::add);
    JobFuture future = executor.submit(MULTIPLY, 3, 3);
    future.result();
    future.addDoneCallback(f -> seen.add(f));

    assertThat(values).containsExactly(10, 20, 30);
    assertThat(seen).containsExactly(future);
  }
}
