package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.queue.Full;
import dev.conch.runtime.task.TaskState;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The queue built-ins as a learner types them at the prompt. */
class QueueBuiltinsTest extends DslFixture {
  @Test
  void leftShiftPutsAndFullAndEmptyCanBeCaughtByName() {
    value("q = queue(2, 'jobs'); q << 1 << 2");
    assertThat(value("try { q.put_nowait(3); 'put' } catch (Full e) { e.message }"))
        .isEqualTo("queue jobs: full (2 of 2 items)");
    assertThat(value("[q.get_nowait(), q.get()]")).isEqualTo(List.of(1, 2));
    assertThat(value("try { q.get_nowait() } catch (Empty e) { e.message }"))
        .isEqualTo("queue jobs: empty");
  }

  @Test
  void timedWaitsTakeSecondsAsInPython() {
    value("q = queue(1, 'jobs'); q << 'a'");
    assertThat(value("try { q.put('b', true, 0.05) } catch (Full e) { e.message }"))
        .isEqualTo("queue jobs: full (1 of 1 item); put waited 0.05 s");
    assertThat(value("q.get(); try { q.get(true, 0.05) } catch (Empty e) { e.message }"))
        .isEqualTo("queue jobs: empty; get waited 0.05 s");
    assertThat(value("try { q.get(true, 0) } catch (Empty e) { e.message }"))
        .isEqualTo("queue jobs: empty; get waited 0 s");
  }

  @Test
  void anUncaughtFullEndsTheLineWithItsMessage() {
    assertThat(error("q = queue(1, 'jobs'); q << 1; q.put(2, false)"))
        .isInstanceOf(Full.class)
        .hasMessage("queue jobs: full (1 of 1 item)");
  }

  @Test
  void aPriorityQueueOrdersGroovyListsByTheirFirstElement() {
    value("p = priorityQueue(); p << [3, 'c'] << [1, 'a'] << [2, 'b'] << [1, 'a']");
    assertThat(value("(1..4).collect { p.get() }"))
        .isEqualTo(List.of(List.of(1, "a"), List.of(1, "a"), List.of(2, "b"), List.of(3, "c")));
  }

  @Test
  void aLifoQueueIsAStack() {
    assertThat(value("s = lifoQueue(); s << 'first' << 'second' << 'third'; [s.get(), s.get()]"))
        .isEqualTo(List.of("third", "second"));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aWorkerTakesItemsUntilTheSentinelAndJoinWaitsForTaskDone() throws Exception {
    value("q = joinableQueue('jobs')");
    value("w = spawn(name: 'w') { for (job in q.takeUntil(null)) { println job; q.task_done() } }");
    value("q << 'a' << 'b'; q.join()");
    synchronized (lines) {
      assertThat(tagged).containsExactly("[w] a", "[w] b");
    }
    value("q << null; w.join()");
    assertThat(value("[w.state.toString(), q.qsize()]")).isEqualTo(List.of("done", 0));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void queueIsConchsQueueInLearnersClasses() {
    value("class Worker extends Task { Queue inbox; def run() { inbox.get() * 2 } }");
    assertThat(value("w = new Worker(inbox: queue()); w.start(); w.inbox << 21; w.result"))
        .isEqualTo(42);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void interruptingALineWaitingOnAQueueEndsIt() throws Exception {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    Thread evaluator =
        Thread.ofPlatform()
            .start(() -> outcome.complete(host.evaluate("queue().get()", "", false)));
    while (runtime.tasks().live().stream().noneMatch(t -> t.getState() == TaskState.WAITING)) {
      Thread.onSpinWait();
    }
    evaluator.interrupt();
    assertThat(outcome.get(10, TimeUnit.SECONDS).error()).isInstanceOf(InterruptedException.class);
    evaluator.join();
  }

  @Test
  void namesAndLimitsCanBeGivenInEveryForm() {
    assertThat(value("queue(maxsize: 3, name: 'jobs').toString()"))
        .isEqualTo("queue jobs (0 of 3 items)");
    assertThat(value("queue('jobs', 3).toString()")).isEqualTo("queue jobs (0 of 3 items)");
    assertThat(value("queue(0).toString()")).isEqualTo("queue queue-1 (0 items)");
    assertThat(value("lifoQueue().name")).isEqualTo("lifo-2");
    assertThat(value("joinableQueue(5).maxsize")).isEqualTo(5);
  }

  @Test
  void theValueOfAQueueAtThePromptIsItsNameAndDepth() {
    Outcome outcome = host.evaluate("q = queue(2, 'jobs'); q << 'x'; q", "q", false);
    assertThat(ScriptHost.inspect(outcome.value())).isEqualTo("queue jobs (1 of 2 items)");
  }

  @Test
  void wrongArgumentsAreUsageErrorsNamingWhatWasGiven() {
    assertThat(error("queue(true)"))
        .isInstanceOf(UsageError.class)
        .hasMessage(
            "queue: expected a maxsize (whole number) and/or a name (text),"
                + " such as queue(5, 'jobs'), not (true)");
    assertThat(error("lifoQueue('a', 'b')"))
        .hasMessage(
            "lifoQueue: expected a maxsize (whole number) and/or a name (text),"
                + " such as lifoQueue(5, 'jobs'), not ('a', 'b')");
    assertThat(error("priorityQueue(2.5)"))
        .hasMessage(
            "priorityQueue: maxsize must be a whole number (0 or less for no limit), not 2.5");
    assertThat(error("queue(size: 3)")).hasMessage("queue: unknown option 'size'");
  }

  @Test
  void iteratingAQueueIsRefusedWithAPointerToTakeUntil() {
    assertThat(error("for (x in queue('jobs')) { println x }"))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "queue jobs: a queue has no end to stop at; take items until a sentinel you put last,"
                + " such as for (item in q.takeUntil(null)) { … }");
  }

  @Test
  void taskDoneOnceTooOftenIsRefused() {
    assertThat(error("q = queue('jobs'); q << 1; q.get(); q.task_done(); q.task_done()"))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "queue jobs: task_done() called more times than items were put (1);"
                + " call it once for each item taken with get()");
  }
}
