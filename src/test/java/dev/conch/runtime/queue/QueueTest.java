package dev.conch.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Python's queues between tasks: first in first out, last in first out and by priority; full and
 * empty, with or without a timeout; getters and putters that wait until woken; task_done and join;
 * cancelling a waiting task; and taking items until a sentinel. Each misuse gets a one-line error
 * saying what to do instead.
 */
class QueueTest extends RuntimeFixture {
  /** How long the timed waits wait, in seconds. */
  private static final double SHORT = 0.05;

  private Queue jobs(int maxsize) {
    return runtime.queues().queue(maxsize, "jobs");
  }

  private static List<Object> drain(Queue q) throws InterruptedException {
    List<Object> taken = new ArrayList<>();
    while (!q.empty()) {
      taken.add(q.get());
    }
    return taken;
  }

  private static void awaitState(Task task, TaskState state) {
    while (task.getState() != state) {
      Thread.onSpinWait();
    }
  }

  @Test
  void aQueueGivesItemsInTheOrderTheyCame() throws Exception {
    Queue q = jobs(0);
    q.put("first");
    q.put("second");
    q.put("third");
    assertThat(drain(q)).containsExactly("first", "second", "third");
  }

  @Test
  void aLifoQueueGivesTheLastItemFirst() throws Exception {
    Queue q = runtime.queues().lifoQueue(0, "stack");
    q.put("first");
    q.put("second");
    q.put("third");
    assertThat(drain(q)).containsExactly("third", "second", "first");
  }

  @Test
  void aPriorityQueueGivesTheSmallestPriorityFirst() throws Exception {
    Queue q = runtime.queues().priorityQueue(0, "p");
    q.put(List.of(3, "third"));
    q.put(List.of(1, "first"));
    q.put(List.of(2, "second"));
    assertThat(drain(q))
        .containsExactly(List.of(1, "first"), List.of(2, "second"), List.of(3, "third"));
  }

  @Test
  void equalPrioritiesLeaveInTheOrderTheyCame() throws Exception {
    Queue q = runtime.queues().priorityQueue(0, "p");
    List<Object> first = List.of(1, new Object());
    List<Object> second = List.of(1, new Object());
    List<Object> third = List.of(1, new Object());
    q.put(List.of(2, "later"));
    q.put(first);
    q.put(second);
    q.put(third);
    assertThat(q.get()).isSameAs(first);
    assertThat(q.get()).isSameAs(second);
    assertThat(q.get()).isSameAs(third);
    assertThat(q.get()).isEqualTo(List.of(2, "later"));
  }

  @Test
  void prioritiesCompareByValueWhateverTheNumberClass() throws Exception {
    Queue q = runtime.queues().priorityQueue(0, "p");
    q.put(2.5);
    q.put(3);
    q.put(1L);
    q.put(new java.math.BigDecimal("0.5"));
    assertThat(drain(q)).containsExactly(new java.math.BigDecimal("0.5"), 1L, 2.5, 3);
  }

  @Test
  void anItemThatCannotBeOrderedIsRefusedAndTheQueueGoesOn() throws Exception {
    Queue q = runtime.queues().priorityQueue(0, "p");
    q.put(List.of(1, "job"));
    assertThatThrownBy(() -> q.put(List.of("high", "job")))
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "priority queue p: ['high', 'job'] cannot be ordered against [1, 'job'];"
                + " put items that compare, such as [priority, item] lists with numbers as"
                + " priorities");
    assertThat(q.qsize()).isEqualTo(1);
    assertThat(q.get()).isEqualTo(List.of(1, "job"));
  }

  @Test
  void putNowaitOnAFullQueueRaisesFull() throws Exception {
    Queue q = jobs(2);
    q.put("a");
    q.putNowait("b");
    assertThat(q.full()).isTrue();
    assertThatThrownBy(() -> q.putNowait("c"))
        .isInstanceOf(Full.class)
        .hasMessage("queue jobs: full (2 of 2 items)");
    assertThatThrownBy(() -> q.put("c", false))
        .isInstanceOf(Full.class)
        .hasMessage("queue jobs: full (2 of 2 items)");
    assertThat(q.qsize()).isEqualTo(2);
  }

  @Test
  void aTimedPutOnAFullQueueRaisesFullOnceTheTimeIsUp() throws Exception {
    Queue q = jobs(2);
    q.put("a");
    q.put("b");
    long start = System.nanoTime();
    assertThatThrownBy(() -> q.put("c", true, SHORT))
        .isInstanceOf(Full.class)
        .hasMessage("queue jobs: full (2 of 2 items); put waited 0.05 s");
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo((long) (SHORT * 1e9));
    assertThat(run.main().getState()).isEqualTo(TaskState.RUNNING);
  }

  @Test
  void drainingWithGetNowaitEndsInEmpty() throws Exception {
    Queue q = jobs(2);
    q.put("a");
    q.put("b");
    assertThat(q.getNowait()).isEqualTo("a");
    assertThat(q.get(false)).isEqualTo("b");
    assertThat(q.empty()).isTrue();
    assertThatThrownBy(q::getNowait).isInstanceOf(Empty.class).hasMessage("queue jobs: empty");
  }

  @Test
  void aTimedGetOnAnEmptyQueueRaisesEmptyOnceTheTimeIsUp() {
    Queue q = jobs(0);
    long start = System.nanoTime();
    assertThatThrownBy(() -> q.get(true, SHORT))
        .isInstanceOf(Empty.class)
        .hasMessage("queue jobs: empty; get waited 0.05 s");
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo((long) (SHORT * 1e9));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aBlockedGetterWaitsOnTheQueueUntilAPutWakesIt() throws Exception {
    Queue q = jobs(0);
    Task getter = spawn("getter", q::get);
    awaitState(getter, TaskState.WAITING);
    assertThat(getter.getWaitTarget()).isSameAs(q);
    assertThat(String.valueOf(getter.getWaitTarget())).isEqualTo("queue jobs (0 items)");
    q.put("work");
    assertThat(getter.getResult()).isEqualTo("work");
    assertThat(getter.journal().entries()).anyMatch(e -> e.state() == TaskState.WAITING);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aBlockedPutterWaitsOnTheFullQueueUntilAGetMakesRoom() throws Exception {
    Queue q = jobs(1);
    q.put("a");
    Task putter =
        spawn(
            "putter",
            () -> {
              q.put("b");
              return null;
            });
    awaitState(putter, TaskState.WAITING);
    assertThat(String.valueOf(putter.getWaitTarget())).isEqualTo("queue jobs (1 of 1 item, full)");
    assertThat(q.get()).isEqualTo("a");
    putter.join();
    assertThat(putter.getError()).isNull();
    assertThat(q.toString()).isEqualTo("queue jobs (1 of 1 item, full)");
    assertThat(q.get()).isEqualTo("b");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void joinReturnsOnceEveryItemIsDone() throws Exception {
    Queue q = jobs(0);
    q.put("a");
    q.put("b");
    Task joiner =
        spawn(
            "joiner",
            () -> {
              q.join();
              return "all done";
            });
    awaitState(joiner, TaskState.WAITING);
    assertThat(String.valueOf(joiner.getWaitTarget()))
        .isEqualTo("queue jobs (2 items, 2 not done)");
    q.get();
    q.taskDone();
    assertThat(q.toString()).isEqualTo("queue jobs (1 item, 1 not done)");
    assertThat(joiner.getState()).isEqualTo(TaskState.WAITING);
    q.get();
    q.taskDone();
    assertThat(joiner.getResult()).isEqualTo("all done");
    assertThat(q.toString()).isEqualTo("queue jobs (0 items)");
    q.join(); // nothing unfinished: returns at once
  }

  @Test
  void taskDoneMoreTimesThanItemsWerePutIsAMisuse() throws Exception {
    Queue q = jobs(0);
    q.put("a");
    q.get();
    q.taskDone();
    assertThatThrownBy(q::taskDone)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "queue jobs: task_done() called more times than items were put (1);"
                + " call it once for each item taken with get()");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void cancellingAWaitingTaskEndsItsWait() throws Exception {
    Queue idle = runtime.queues().queue(0, "idle");
    Queue q = jobs(1);
    q.put("a");
    Task getter = spawn("getter", idle::get);
    Task putter =
        spawn(
            "putter",
            () -> {
              q.put("b");
              return null;
            });
    awaitState(getter, TaskState.WAITING);
    awaitState(putter, TaskState.WAITING);
    getter.cancel();
    putter.cancel();
    getter.join();
    putter.join();
    assertThat(getter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(putter.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(getter.getError()).isInstanceOf(InterruptedException.class);
    assertThat(q.qsize()).isEqualTo(1);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void cancellingAWorkerWaitingInTakeUntilEndsIt() throws Exception {
    Queue q = jobs(0);
    Task worker =
        spawn(
            "worker",
            () -> {
              for (Object item : q.takeUntil(null)) {
                q.taskDone();
              }
              return "ended";
            });
    q.put("a");
    awaitState(worker, TaskState.WAITING);
    worker.cancel();
    worker.join();
    assertThat(worker.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(worker.getError()).isInstanceOf(InterruptedException.class);
  }

  @Test
  void takeUntilGivesTheItemsBeforeTheSentinelAndCountsTheSentinelDone() throws Exception {
    Queue q = jobs(0);
    for (Object item : new Object[] {"a", "b", null, "c"}) {
      q.put(item);
    }
    List<Object> seen = new ArrayList<>();
    for (Object item : q.takeUntil(null)) {
      seen.add(item);
      q.taskDone();
    }
    assertThat(seen).containsExactly("a", "b");
    assertThat(q.get()).isEqualTo("c");
    q.taskDone();
    q.join(); // a, b, the sentinel and c are all done
  }

  @Test
  void theSentinelIsComparedAsGroovyDoes() throws Exception {
    Queue q = jobs(0);
    q.put(7);
    q.put(-1L);
    List<Object> seen = new ArrayList<>();
    q.takeUntil(-1).forEach(seen::add);
    assertThat(seen).containsExactly(7);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void workersTakingFromOneQueueGetEveryItemOnce() throws Exception {
    Queue q = jobs(4);
    int perProducer = 5_000;
    List<Task> producers = new ArrayList<>();
    List<Task> consumers = new ArrayList<>();
    for (String name : List.of("p1", "p2")) {
      producers.add(
          spawn(
              name,
              () -> {
                for (int i = 1; i <= perProducer; i++) {
                  q.put(i);
                }
                return null;
              }));
    }
    for (String name : List.of("c1", "c2")) {
      consumers.add(
          spawn(
              name,
              () -> {
                long sum = 0;
                for (Object item : q.takeUntil(null)) {
                  sum += (Integer) item;
                }
                return sum;
              }));
    }
    for (Task producer : producers) {
      producer.join();
    }
    q.put(null);
    q.put(null);
    long total = 0;
    for (Task consumer : consumers) {
      total += (Long) consumer.getResult();
    }
    assertThat(total).isEqualTo(2L * perProducer * (perProducer + 1) / 2);
  }

  @Test
  void iteratingAQueueDirectlyIsRefusedWithAPointerToTakeUntil() {
    Queue q = jobs(0);
    assertThatThrownBy(q::iterator)
        .isInstanceOf(MisuseError.class)
        .hasMessage(
            "queue jobs: a queue has no end to stop at; take items until a sentinel you put last,"
                + " such as for (item in q.takeUntil(null)) { … }");
  }

  @Test
  void aMaxsizeOfZeroOrLessMeansNoLimit() throws Exception {
    Queue q = runtime.queues().queue(-1, "open");
    for (int i = 0; i < 100; i++) {
      q.put(i);
    }
    assertThat(q.full()).isFalse();
    assertThat(q.getMaxsize()).isZero();
    assertThat(q.toString()).isEqualTo("queue open (100 items)");
  }

  @Test
  void unnamedQueuesGetReadableNames() {
    Queues queues = runtime.queues();
    assertThat(queues.queue(0, null).getName()).isEqualTo("queue-1");
    assertThat(queues.lifoQueue(0, null).toString()).isEqualTo("lifo queue lifo-2 (0 items)");
    assertThat(queues.priorityQueue(3, null).toString())
        .isEqualTo("priority queue priority-3 (0 of 3 items)");
    assertThat(queues.joinableQueue(0, null).getName()).isEqualTo("queue-4");
  }
}
