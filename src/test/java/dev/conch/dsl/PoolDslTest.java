package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.pool.JobFailedError;
import dev.conch.runtime.pool.Pool;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Groovy forms of pools and executors, evaluated as the shell does. */
@Timeout(30)
class PoolDslTest extends DslFixture {
  /** Python's apply_async(func=f, args=(1,), callback=cb), keyword for keyword. */
  @Test
  void applyTakesItsFunctionAsFuncToo() {
    eval("p = pool(2); got = []");
    assertThat(value("p.apply(func: { a -> a * 2 }, args: [21])")).isEqualTo(42);
    assertThat(
            value("p.apply_async(func: { a -> a + 1 }, args: [1], callback: { got << it }).get()"))
        .isEqualTo(2);
    assertThat(value("got")).isEqualTo(java.util.List.of(2));
    assertThat(error("p.apply_async(args: [1])"))
        .hasMessage(
            "apply_async: which function should it run? apply_async(f, args: [1]), or func: f as"
                + " in Python");
  }

  @Test
  void mapTakesTheClosureLastOrFirst() {
    assertThat(value("pool(2).map(1..5) { it * it }")).isEqualTo(List.of(1, 4, 9, 16, 25));
    assertThat(value("pool(2).map({ it + 1 }, [1, 2])")).isEqualTo(List.of(2, 3));
    assertThat(value("pool(2).mapAsync({ it + 1 }, [1, 2]).get()")).isEqualTo(List.of(2, 3));
    assertThat(value("pool(2).map({ it.size() }, ['ab', 'c'] as String[])"))
        .isEqualTo(List.of(2, 1));
    assertThat(value("pool(2).map({ it * 2 }, 1..3, 2)")).isEqualTo(List.of(2, 4, 6));
  }

  @Test
  void starmapSpreadsEachListOverAClosureOfTwoParameters() {
    assertThat(value("pool(2).starmap([[1, 2], [3, 4]]) { a, b -> a * b }"))
        .isEqualTo(List.of(2, 12));
    assertThat(value("pool(2).starmap({ a, b -> a + b }, [[1, 2], [3, 4]])"))
        .isEqualTo(List.of(3, 7));
  }

  @Test
  void theBlockFormClosesAndJoinsThePoolAfterTheBlock() {
    Object result = value("pool(2, name: 'p') { p -> kept = p; p.map(1..3) { it + 1 } }");

    assertThat(result).isEqualTo(List.of(2, 3, 4));
    Pool pool = (Pool) host.variables().get("kept");
    assertThat(pool.isOpen()).isFalse();
    assertThat(pool.workers()).allMatch(w -> w.getState() == TaskState.DONE);
    assertThat(pool.workers())
        .extracting(Task::getName)
        .containsExactly("p-worker-1", "p-worker-2");
  }

  @Test
  void aBlockThatFailsTerminatesThePool() {
    Throwable error = error("pool(1) { p -> kept = p; throw new IllegalStateException('oops') }");

    assertThat(error).hasMessage("oops");
    assertThat(((Pool) host.variables().get("kept")).isOpen()).isFalse();
  }

  @Test
  void applyAsyncCallsItsCallbackAndGetGivesTheValue() {
    value("p = pool(1)");
    value("r = p.apply_async({ a, b -> a + b }, [1, 2], callback: { v -> got = v })");

    assertThat(value("r.get()")).isEqualTo(3);
    assertThat(value("got")).isEqualTo(3);
    assertThat(value("[r.ready(), r.successful()]")).isEqualTo(List.of(true, true));
    assertThat(value("p.applyAsync(args: [5]) { it * 2 }.get()")).isEqualTo(10);
    assertThat(value("p.apply({ it * 3 }, 4)")).isEqualTo(12);
    assertThat(value("p.apply({ it * 3 }, [5])")).isEqualTo(15);
    assertThat(value("p.applyAsync({ it * 3 }, [6]).get()")).isEqualTo(18);
    assertThat(value("p.apply(['tea']) { it.toUpperCase() }")).isEqualTo("TEA");
  }

  @Test
  void errorCallbackGetsTheFailure() {
    value("p = pool(1)");
    value("r = p.applyAsync({ 1 / it }, [0], error_callback: { e -> failure = e })");
    value("r.wait()");

    assertThat(value("r.successful()")).isEqualTo(false);
    assertThat(value("failure")).isInstanceOf(ArithmeticException.class);
    assertThat(JobFailedError.noteOn((Throwable) value("failure")))
        .hasMessage(
            "pool pool-1: fn(0) failed in pool-1-worker-1 (job 1): ArithmeticException: Division by"
                + " zero");
  }

  @Test
  void mapAsyncAndWaitWithSecondsWorkAsInPython() {
    value("p = pool(2)");
    value("r = p.map_async([1, 2, 3]) { it * 10 }");

    assertThat(value("r.wait(5)")).isEqualTo(true);
    assertThat(value("r.wait(0.5)")).isEqualTo(true);
    assertThat(value("r.get(1)")).isEqualTo(List.of(10, 20, 30));
    assertThat(value("p.mapAsync({ it }, [], callback: { v -> empty = v }).get()"))
        .isEqualTo(List.of());
    assertThat(value("empty")).isEqualTo(List.of());
  }

  @Test
  void getWithATimeoutThrowsATimeoutErrorInSeconds() {
    value("p = pool(1); gate = new java.util.concurrent.CountDownLatch(1)");
    value("r = p.apply_async { gate.await(); 'late' }");

    assertThat(error("r.get(0.05)"))
        .hasMessage("jobs of pool pool-1 (0 of 1 done): no result within 0.05 s");
    assertThat(error("r.successful()"))
        .hasMessage(
            "jobs of pool pool-1 (0 of 1 done): not ready yet, so neither successful nor failed;"
                + " wait() for it first");
    value("gate.countDown()");
    assertThat(value("r.get()")).isEqualTo("late");
  }

  @Test
  void aFailingJobNamesAMethodReferenceByItsName() {
    value("def tenth(x) { 10.intdiv(x) }");

    Throwable error = error("pool(1).map(tenth, [5, 0])");
    assertThat(error).isInstanceOf(ArithmeticException.class);
    assertThat(JobFailedError.noteOn(error))
        .hasMessage(
            "pool pool-1: tenth(0) failed in pool-1-worker-1 (job 2): ArithmeticException: / by"
                + " zero");
  }

  @Test
  void imapAndImapUnorderedGiveEveryValue() {
    value("p = pool(2)");

    assertThat(value("p.imap(1..4) { it * 2 }.toList()")).isEqualTo(List.of(2, 4, 6, 8));
    assertThat(value("p.imap_unordered(1..4) { it * 2 }.toList().sort()"))
        .isEqualTo(List.of(2, 4, 6, 8));
    assertThat(value("p.imapUnordered({ it }, [7]).toList()")).isEqualTo(List.of(7));
  }

  @Test
  void usingAClosedPoolIsAMisuse() {
    value("p = pool(1); p.close(); p.join()");

    assertThat(error("p.map(1..2) { it }")).hasMessage("pool pool-1: closed; no new jobs");
  }

  @Test
  void wrongOptionsAreNamed() {
    assertThat(error("pool(2, nme: 'x')")).hasMessage("pool: unknown option 'nme'");
    assertThat(error("pool(kind: 'fiber')"))
        .hasMessage("pool: unknown kind 'fiber', expected thread|virtual|process");
    assertThat(error("pool(2, processes: 3)"))
        .hasMessage(
            "pool: give the number of workers once: as the first argument or as processes:");
    assertThat(error("pool(0)")).hasMessage("pool: 0 workers, expected 1 or more");
    value("p = pool(1)");
    assertThat(error("p.map_async([1], calback: { }) { it }"))
        .hasMessage(
            "map_async: unknown option 'calback', expected callback, error_callback, chunksize");
    assertThat(error("p.apply_async({ it }, [1], callback: 3)"))
        .hasMessage("apply_async: option 'callback' must be a closure { … }, not 3");
  }

  @Test
  void pythonsKeywordsForTheNumberOfWorkersWork() {
    assertThat(value("pool(processes: 3, kind: 'virtual').size()")).isEqualTo(3);
    assertThat(value("executor(max_workers: 2).workers().size()")).isEqualTo(2);
  }

  @Test
  void executorSubmitsAndGivesFutures() {
    assertThat(value("executor(2) { ex -> ex.submit({ a, b -> a * b }, 6, 7).result() }"))
        .isEqualTo(42);
    value("ex = executor(2)");
    value("fs = (1..3).collect { n -> ex.submit { n * 10 } }");

    assertThat(value("as_completed(fs).collect { it.result() }.sort()"))
        .isEqualTo(List.of(10, 20, 30));
    assertThat(value("ex.asCompleted(fs).toList().size()")).isEqualTo(3);
    assertThat(value("asCompleted(fs, 5).collect { it.result() }.sort()"))
        .isEqualTo(List.of(10, 20, 30));
    assertThat(value("ex.map(1..3) { it + 1 }.toList()")).isEqualTo(List.of(2, 3, 4));
    assertThat(value("ex.map({ it + 1 }, [1]).toList()")).isEqualTo(List.of(2));
    assertThat(value("ex.submit({ it * 2 }, 21).result()")).isEqualTo(42);
    assertThat(value("f = ex.submit { 5 }; f.result(2); [f.done(), f.exception()]"))
        .isEqualTo(java.util.Arrays.asList(true, null));
    value("ex.shutdown(wait: true)");
    assertThat(error("ex.submit { 1 }")).hasMessage("executor executor-2: closed; no new jobs");
  }

  @Test
  void aPoolSubmitsAsAnExecutorDoesAndShutsDown() {
    value("p = pool(2); go = event()");
    value("slow = p.submit { go.wait(); 'slow' }; quick = p.submit({ a, b -> a + b }, 2, 3)");

    assertThat(value("quick.get()")).isEqualTo(5);
    assertThat(value("[quick.done(), slow.done(), quick.result(1), quick.get(1)]"))
        .isEqualTo(List.of(true, false, 5, 5));
    value("go.set()");
    value("p.shutdown(wait: true)");
    assertThat(value("[slow.done(), slow.result(), p.isOpen()]"))
        .isEqualTo(List.of(true, "slow", false));
    assertThat(error("p.submit { 1 }")).hasMessage("pool pool-1: closed; no new jobs");
    assertThat(error("pool(1).shutdown(wiat: true)"))
        .hasMessage("shutdown: unknown option 'wiat', expected wait, cancel_futures");
    value("q = pool(1); q.submit { 1 }; q.shutdown()");
    assertThat(value("q.isOpen()")).isEqualTo(false);
  }

  @Test
  void ctrlCOnAMapEndsItsBusyJobsAndThePoolGoesOn() throws Exception {
    value("p = pool(2)");
    Pool pool = (Pool) host.variables().get("p");
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Thread evaluator =
        Thread.ofPlatform()
            .start(
                () ->
                    outcome.complete(host.evaluate("p.map(1..2) { while (true) {} }", "", false)));
    while (pool.workers().stream().anyMatch(w -> w.getDoing() == null)) {
      Thread.onSpinWait();
    }

    evaluator.interrupt();

    assertThat(outcome.get(10, TimeUnit.SECONDS).error()).isInstanceOf(InterruptedException.class);
    evaluator.join();
    assertThat(value("p.map(1..2) { it * 5 }")).isEqualTo(List.of(5, 10));
  }

  @Test
  void aDoneCallbackGetsTheFuture() {
    value("ex = executor(1); f = ex.submit { 4 }; f.result()");
    value("f.add_done_callback { g -> seen = g.result() }");

    assertThat(value("seen")).isEqualTo(4);
  }
}
