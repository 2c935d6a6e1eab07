package dev.conch.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.conch.fixtures.PoolFixture;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.errors.CancelledError;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Worker pools as in Python's multiprocessing.Pool: map, imap, starmap and apply keep the input
 * order (imap_unordered gives values as jobs end), a failing job reaches the caller naming its
 * input and worker, and close, terminate and join end a pool. Also workers shown as tasks with the
 * job they run, cancelling a caller or a worker, long maps with few hand-offs, and closing the
 * runtime ending every worker.
 */
@Timeout(20) // a job that never sees its interrupt would hang the test
class PoolTest extends PoolFixture {
  @Test
  void mapKeepsInputOrderWhileJobsFinishOutOfOrder() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    CountDownLatch secondDone = new CountDownLatch(1);
    List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
    Job job =
        args -> {
          int n = (Integer) args[0];
          if (n == 1) {
            secondDone.await();
          }
          finished.add(n);
          if (n == 2) {
            secondDone.countDown();
          }
          return n * 10;
        };

    assertThat(pool.map(job, List.of(1, 2))).containsExactly(10, 20);
    assertThat(finished).containsExactly(2, 1);
  }

  @Test
  void aPoolSubmitsAsAnExecutorAndShutdownCancelsWhatNoWorkerStarted() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    JobFuture running =
        pool.submit(
            args -> {
              started.countDown();
              await(release);
              return args[0];
            },
            "first");
    JobFuture pending = pool.submit(TIMES_TEN, 4);
    await(started);

    pool.shutdown(false, true);
    assertThat(pending.cancelled()).isTrue();
    assertThat(running.done()).isFalse();
    release.countDown();
    pool.shutdown(true, false);

    assertThat(running.done()).isTrue();
    assertThat(running.get()).isEqualTo("first");
    assertThat(pool.isOpen()).isFalse();
    assertThatThrownBy(() -> pool.submit(TIMES_TEN, 1))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pool pool-1: closed; no new jobs");
  }

  @Test
  void imapUnorderedGivesValuesInTheOrderJobsEnd() throws Exception {
    Pool pool = runtime.pools().pool(null, 3, "thread");
    CountDownLatch one = new CountDownLatch(1);
    CountDownLatch two = new CountDownLatch(1);
    Job job =
        args -> {
          int n = (Integer) args[0];
          await(n == 1 ? one : n == 2 ? two : new CountDownLatch(0));
          return n * 10;
        };

    Results results = pool.imapUnordered(job, List.of(1, 2, 3));

    assertThat(results.next()).isEqualTo(30);
    two.countDown();
    assertThat(results.next()).isEqualTo(20);
    one.countDown();
    assertThat(results.next()).isEqualTo(10);
    assertThat(results.hasNext()).isFalse();
  }

  @Test
  void imapGivesValuesInInputOrderWhateverOrderJobsEnd() throws Exception {
    Pool pool = runtime.pools().pool(null, 3, "thread");
    CountDownLatch one = new CountDownLatch(1);
    CountDownLatch threeDone = new CountDownLatch(1);
    Job job =
        args -> {
          int n = (Integer) args[0];
          if (n == 1) {
            await(one);
          }
          if (n == 3) {
            threeDone.countDown();
          }
          return n * 10;
        };

    Results results = pool.imap(job, List.of(1, 2, 3));
    threeDone.await();
    one.countDown();

    List<Object> values = new ArrayList<>();
    results.forEachRemaining(values::add);
    assertThat(values).containsExactly(10, 20, 30);
  }

  @Test
  void starmapAndApplySpreadTheirArguments() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    Job multiply = args -> (Integer) args[0] * (Integer) args[1];

    assertThat(pool.starmap(multiply, List.of(List.of(2, 3), List.of(4, 5))))
        .containsExactly(6, 20);
    assertThat(pool.apply(multiply, List.of(6, 7))).isEqualTo(42);
  }

  @Test
  void aFailingJobReachesTheCallerWithItsInputWorkerAndCause() {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    Job tenth = Job.named("tenth", args -> 10 / (Integer) args[0]);

    Throwable thrown = catchThrowable(() -> pool.map(tenth, List.of(5, 0, 2)));
    assertThat(thrown).isInstanceOf(ArithmeticException.class).hasMessage("/ by zero");
    assertThat(JobFailedError.noteOn(thrown))
        .hasMessage(
            "pool pool-1: tenth(0) failed in pool-1-worker-1 (job 2): ArithmeticException: / by zero");
  }

  @Test
  void anUnnamedFunctionIsCalledFnAndStringsAreQuoted() {
    Pool pool = runtime.pools().pool("p", 1, "thread");
    Job fails =
        args -> {
          throw new IllegalStateException("no " + args[0]);
        };

    Throwable thrown = catchThrowable(() -> pool.apply(fails, List.of("tea", 2)));
    assertThat(JobFailedError.noteOn(thrown))
        .hasMessage(
            "pool p: fn('tea', 2) failed in p-worker-1 (job 1): IllegalStateException: no tea");
  }

  @Test
  void aClosedPoolRefusesNewJobsButFinishesQueuedOnes() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    List<AsyncResult> results = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      results.add(pool.applyAsync(TIMES_TEN, List.of(i)));
    }

    pool.close();

    assertThatThrownBy(() -> pool.applyAsync(TIMES_TEN, List.of(4)))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pool pool-1: closed; no new jobs");
    pool.join();
    assertThat(results).allMatch(AsyncResult::ready);
    assertThat(results.get(2).get()).isEqualTo(30);
    assertThat(pool.workers()).allMatch(w -> w.getState() == TaskState.DONE);
    assertThat(pool).hasToString("pool pool-1 (closed, 0 jobs queued)");
  }

  @Test
  void joiningAnOpenPoolIsAMisuse() {
    Pool pool = runtime.pools().pool(null, 1, "thread");

    assertThatThrownBy(pool::join)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "pool pool-1: still open, so its workers would wait for jobs forever;"
                + " call close() or terminate() before join()");
    pool.terminate();
  }

  @Test
  void terminateEndsRunningJobsAndTellsWaitingCallers() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    AsyncResult running =
        pool.applyAsync(
            args -> {
              started.countDown();
              never.await();
              return "finished";
            },
            List.of());
    AsyncResult queued = pool.applyAsync(TIMES_TEN, List.of(1));
    started.await();

    pool.terminate();
    pool.join();

    assertThat(pool.workers()).allMatch(w -> w.getState() == TaskState.CANCELLED);
    assertThatThrownBy(running::get)
        .isInstanceOf(CancelledError.class)
        .hasMessage("jobs of pool pool-1 (0 of 1 done): terminated before its jobs were done");
    assertThatThrownBy(queued::get).isInstanceOf(CancelledError.class);
    assertThatThrownBy(() -> pool.map(TIMES_TEN, List.of(1)))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pool pool-1: terminated; no new jobs");
  }

  @Test
  void workersAreTasksThatShowTheJobTheyRunOrThePoolTheyWaitOn() throws Exception {
    Pool pool = runtime.pools().pool("p", 2, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AsyncResult result =
        pool.applyAsync(
            Job.named(
                "brew",
                args -> {
                  started.countDown();
                  release.await();
                  return args[0];
                }),
            List.of("tea"));
    started.await();

    List<Task> workers = pool.workers();
    assertThat(workers).extracting(Task::getName).containsExactly("p-worker-1", "p-worker-2");
    Task busy = workers.stream().filter(w -> w.getDoing() != null).findFirst().orElseThrow();
    Task idle = workers.get(busy == workers.get(0) ? 1 : 0);
    assertThat(busy.getDoing()).hasToString("job 1: brew('tea')");
    assertThat(busy.getState()).isEqualTo(TaskState.RUNNING);
    until(idle, TaskState.WAITING);
    assertThat(idle.getWaitTarget()).isSameAs(pool);
    assertThat(idle.getWaitTarget()).hasToString("pool p (0 jobs queued)");
    assertThat(idle.getDoing()).isNull();
    assertThat(busy.isDaemon()).isTrue();

    release.countDown();
    assertThat(result.get()).isEqualTo("tea");
  }

  @Test
  void aCallerWaitingForAMapWaitsOnItsResultWhichCountsDoneJobs() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch third = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Job job =
        args -> {
          if ((Integer) args[0] == 3) {
            third.countDown();
            release.await();
          }
          return args[0];
        };
    Task caller = spawn("caller", () -> pool.map(job, List.of(1, 2, 3)));
    third.await();
    until(caller, TaskState.WAITING);

    assertThat(caller.getWaitTarget()).hasToString("jobs of pool pool-1 (2 of 3 done)");
    assertThat(pool.progress())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.pool()).isEqualTo("pool-1");
              assertThat(p.what()).isEqualTo("map");
              assertThat(p.done()).isEqualTo(2);
              assertThat(p.total()).isEqualTo(3);
            });
    release.countDown();
    assertThat(caller.getResult()).isEqualTo(List.of(1, 2, 3));
    assertThat(pool.progress()).isEmpty();
  }

  @Test
  void cancellingTheCallerOfAMapEndsItsJobsButNotThePool() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    Job stuck =
        args -> {
          started.countDown();
          try {
            new CountDownLatch(1).await();
          } finally {
            interrupted.countDown();
          }
          return null;
        };
    Task caller = spawn("caller", () -> pool.map(stuck, List.of(1, 2)));
    started.await();

    caller.cancel();
    caller.join();
    interrupted.await();

    assertThat(caller.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(pool.map(TIMES_TEN, List.of(1, 2))).containsExactly(10, 20);
    assertThat(pool.workers()).allMatch(Task::isAlive);
  }

  @Test
  void aCancelledWorkerTerminatesItsPool() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    Task worker = pool.workers().get(0);

    worker.cancel();
    worker.join();
    pool.join();

    assertThat(pool.isOpen()).isFalse();
    assertThat(pool).hasToString("pool pool-1 (terminated, 0 jobs queued)");
    assertThat(runtime.pools().live()).isEmpty();
  }

  @Test
  void longMapsKeepTheirOrderAndFewHandOffs() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "thread");
    List<Integer> items = IntStream.rangeClosed(1, 100_000).boxed().toList();

    List<Object> squares = pool.map(args -> (long) (Integer) args[0] * (Integer) args[0], items);

    assertThat(squares).hasSize(100_000);
    assertThat(squares.get(0)).isEqualTo(1L);
    assertThat(squares.get(99_999)).isEqualTo(10_000_000_000L);
    long waits =
        pool.workers().stream()
            .flatMap(w -> w.journal().entries().stream())
            .filter(e -> e.state() == TaskState.WAITING)
            .count();
    assertThat(waits).isLessThan(40);
    assertThat(pool.workers().stream().mapToInt(Task::getJobsRun).sum()).isEqualTo(100_000);
  }

  @Test
  void anEmptyMapIsDoneAtOnce() throws Exception {
    Pool pool = runtime.pools().pool(null, 1, "thread");

    assertThat(pool.map(TIMES_TEN, List.of())).isEmpty();
    assertThat(pool.imap(TIMES_TEN, List.of()).hasNext()).isFalse();
  }

  @Test
  void virtualWorkersAreVirtualTasks() throws Exception {
    Pool pool = runtime.pools().pool(null, 2, "virtual");

    assertThat(pool.workers()).allMatch(w -> w.getKind() == TaskKind.VIRTUAL);
    assertThat(pool.map(TIMES_TEN, List.of(1, 2, 3))).containsExactly(10, 20, 30);
    assertThat(pool.kind()).isEqualTo("virtual");
  }

  @Test
  void poolsAndExecutorsAreNumberedInTheOrderMade() {
    assertThat(runtime.pools().pool(null, 1, "thread").getName()).isEqualTo("pool-1");
    assertThat(runtime.pools().executor(null, 1, "thread").getName()).isEqualTo("executor-2");
    assertThat(runtime.pools().pool("mine", 1, "thread").getName()).isEqualTo("mine");
  }

  @Test
  void anUnknownKindOrTooFewWorkersIsAMisuse() {
    assertThatThrownBy(() -> runtime.pools().pool(null, 2, "fiber"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("unknown kind 'fiber', expected thread|virtual");
    assertThatThrownBy(() -> runtime.pools().pool(null, 0, "thread"))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pool: 0 workers, expected 1 or more");
  }

  @Test
  void aChunksizeBelowOneIsAMisuse() {
    Pool pool = runtime.pools().pool(null, 1, "thread");

    assertThatThrownBy(() -> pool.imap(TIMES_TEN, List.of(1), 0))
        .isInstanceOf(MisuseError.class)
        .hasMessage("pool pool-1: chunksize 0, expected 1 or more");
  }

  @Test
  void closingTheRuntimeEndsEveryWorker() throws Exception {
    ConchRuntime other = ConchRuntime.create((task, text, error) -> {});
    Pool pool = other.pools().pool(null, 2, "thread");
    List<Task> workers = pool.workers();

    other.close();

    for (Task worker : workers) {
      worker.join();
      assertThat(worker.getState().ended()).isTrue();
    }
    assertThat(pool.isOpen()).isFalse();
  }
}
