package dev.conch.runtime.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.fixtures.RuntimeFixture;
import dev.conch.runtime.queue.Queue;
import dev.conch.runtime.wait.GuardedWait;
import dev.conch.runtime.wait.TurnCondition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Coroutines take turns: only one runs at a time, each gives the turn away when it sleeps, waits on
 * a queue, yields or switches, and the order is the same every run (or for the same seed, when a
 * seeded chooser picks). Also cancelling one, virtual time in stepping mode, which makes long
 * sleeps instant, and generators that hand out values one at a time.
 */
@Timeout(30)
class CoroutinesTest extends RuntimeFixture {
  private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

  private Task coroutine(String name, Callable<?> body) {
    return runtime
        .tasks()
        .spawn(TaskSpec.defaults().withName(name).withKind(TaskKind.COROUTINE), body);
  }

  /** Three coroutines that each note {@code rounds} steps, with {@code between} after each. */
  private List<Task> three(int rounds, Callable<?> between) {
    List<Task> all = new ArrayList<>();
    for (String name : List.of("g1", "g2", "g3")) {
      all.add(
          coroutine(
              name,
              () -> {
                for (int i = 0; i < rounds; i++) {
                  seen.add(name + ":" + i);
                  between.call();
                }
                return null;
              }));
    }
    return all;
  }

  private void joinAll(List<Task> tasks) throws InterruptedException {
    for (Task t : tasks) {
      t.join();
    }
  }

  @Test
  void coroutinesThatNeverWaitRunOneAfterAnotherAndOnlyWhenTheMainLineWaits()
      throws InterruptedException {
    List<Task> all = three(3, () -> null);
    seen.add("main");
    joinAll(all);
    assertThat(seen)
        .containsExactly(
            "main", "g1:0", "g1:1", "g1:2", "g2:0", "g2:1", "g2:2", "g3:0", "g3:1", "g3:2");
  }

  @Test
  void aCoroutineWaitingForItsFirstTurnHasNoThreadRunningYet() throws InterruptedException {
    List<Task> all = three(1, () -> null);
    // the main line holds the turn: none of them has had one, so none has started its thread
    assertThat(all).allMatch(t -> t.thread().getState() == Thread.State.NEW);
    assertThat(runtime.tasks().live()).containsAll(all);
    joinAll(all);
    assertThat(seen).containsExactly("g1:0", "g2:0", "g3:0");
  }

  @Test
  void aCoroutineCancelledBeforeItsFirstTurnEndsCancelledWithoutRunning()
      throws InterruptedException {
    List<Task> all = three(1, () -> null);
    all.get(1).cancel();
    joinAll(all);
    assertThat(all.get(1).getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(seen).containsExactly("g1:0", "g3:0");
  }

  @Test
  void aCooperativeSleepInterleavesThemInTheSameOrderEveryRun() throws InterruptedException {
    for (int run = 0; run < 5; run++) {
      seen.clear();
      joinAll(
          three(
              3,
              () -> {
                runtime.sleeper().sleep(5);
                return null;
              }));
      assertThat(seen)
          .as("run %d", run)
          .containsExactly("g1:0", "g2:0", "g3:0", "g1:1", "g2:1", "g3:1", "g1:2", "g2:2", "g3:2");
    }
  }

  @Test
  void yieldGivesTheTurnToTheNextReadyCoroutine() throws InterruptedException {
    joinAll(
        three(
            2,
            () -> {
              Task.yieldTurn();
              return null;
            }));
    assertThat(seen).containsExactly("g1:0", "g2:0", "g3:0", "g1:1", "g2:1", "g3:1");
  }

  @Test
  void aQueueGetLetsTheOthersRunUntilAnItemArrives() throws InterruptedException {
    Queue q = runtime.queues().queue(0, "q");
    Task consumer =
        coroutine(
            "consumer",
            () -> {
              seen.add("consumer waits");
              seen.add("consumer got " + q.get(true, -1));
              return null;
            });
    Task producer =
        coroutine(
            "producer",
            () -> {
              seen.add("producer puts");
              q.put("x", true, -1);
              seen.add("producer goes on");
              return null;
            });
    consumer.join();
    producer.join();
    assertThat(seen)
        .containsExactly("consumer waits", "producer puts", "producer goes on", "consumer got x");
  }

  @Test
  void aConsumerWokenByAPutRunsBeforeTheProducerThatYieldsEveryRun() throws InterruptedException {
    for (int round = 0; round < 20; round++) {
      seen.clear();
      Queue q = runtime.queues().queue(0, "q" + round);
      Task consumer =
          coroutine(
              "consumer",
              () -> {
                for (int i = 0; i < 3; i++) {
                  seen.add("got " + q.get(true, -1));
                }
                return null;
              });
      Task producer =
          coroutine(
              "producer",
              () -> {
                for (int i = 0; i < 3; i++) {
                  q.put(i, true, -1);
                  seen.add("put " + i);
                  Task.yieldTurn(); // the woken consumer queued first, so it goes first
                }
                return null;
              });
      consumer.join();
      producer.join();
      assertThat(seen)
          .as("round %d", round)
          .containsExactly("put 0", "got 0", "put 1", "got 1", "put 2", "got 2");
    }
  }

  @Test
  void aCoroutineASignalWokeQueuesFirstEvenWhileItWaitsToTakeTheGuardBack() throws Exception {
    ReentrantLock guard = new ReentrantLock();
    Condition flagUp = new TurnCondition(guard);
    boolean[] up = {false};
    CountDownLatch producerAgain = new CountDownLatch(1);
    Task consumer =
        coroutine(
            "consumer",
            () -> {
              guard.lock();
              try {
                GuardedWait.await("the flag", guard, flagUp, () -> !up[0], true, -1);
              } finally {
                guard.unlock();
              }
              seen.add("consumer woke");
              return null;
            });
    Task producer =
        coroutine(
            "producer",
            () -> {
              // a thread of no task queues for the guard before the signal, so the woken
              // consumer's thread is parked, not running, when the producer yields
              Thread other;
              guard.lock();
              try {
                other =
                    Thread.ofPlatform()
                        .start(
                            () -> {
                              guard.lock();
                              try {
                                producerAgain.await(300, TimeUnit.MILLISECONDS);
                              } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                              } finally {
                                guard.unlock();
                              }
                            });
                while (!guard.hasQueuedThread(other)) {
                  Thread.onSpinWait();
                }
                up[0] = true;
                flagUp.signal();
              } finally {
                guard.unlock();
              }
              seen.add("producer signalled");
              Task.yieldTurn(); // the consumer the signal woke queued first, so it goes first
              seen.add("producer again");
              producerAgain.countDown();
              other.join();
              return null;
            });
    consumer.join();
    producer.join();
    assertThat(seen).containsExactly("producer signalled", "consumer woke", "producer again");
  }

  @Test
  void aJoinedCoroutineHasBeenReportedEndedWhenTheJoinReturns() throws InterruptedException {
    List<Task> told = new CopyOnWriteArrayList<>();
    CountDownLatch joinReturned = new CountDownLatch(1);
    runtime
        .tasks()
        .addListener(
            new TaskListener() {
              @Override
              public void ended(Task task) {
                if (task.getName().equals("failing")) {
                  try {
                    // a slow listener: a join that returned before it ended would open this
                    joinReturned.await(1, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
                told.add(task);
              }
            });
    Task failing =
        coroutine(
            "failing",
            () -> {
              throw new IllegalStateException("boom");
            });
    failing.join(); // a script ending here must still say that it failed
    boolean toldFirst = told.contains(failing);
    joinReturned.countDown();
    assertThat(toldFirst).as("the listeners were told before the join returned").isTrue();
  }

  @Test
  void onlyOneCoroutineRunsAtATime() throws InterruptedException {
    int[] inside = {0};
    int[] most = {0};
    List<Task> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.add(
          coroutine(
              "c" + i,
              () -> {
                for (int k = 0; k < 50; k++) {
                  inside[0]++;
                  most[0] = Math.max(most[0], inside[0]);
                  inside[0]--;
                  if (k % 7 == 0) {
                    Task.yieldTurn();
                  }
                }
                return null;
              }));
    }
    joinAll(all);
    assertThat(most[0]).isEqualTo(1);
  }

  @Test
  void switchingHandsTheTurnOverAndAnEndReturnsToWhoSwitchedAwayLast() throws InterruptedException {
    Task[] pair = new Task[2];
    pair[0] =
        runtime
            .tasks()
            .create(
                TaskSpec.defaults().withName("A").withKind(TaskKind.COROUTINE),
                () -> {
                  for (int i = 0; i < 2; i++) {
                    seen.add("A" + i);
                    pair[1].switchTo();
                  }
                  return null;
                });
    pair[1] =
        runtime
            .tasks()
            .create(
                TaskSpec.defaults().withName("B").withKind(TaskKind.COROUTINE),
                () -> {
                  for (int i = 0; i < 2; i++) {
                    seen.add("B" + i);
                    pair[0].switchTo();
                  }
                  return null;
                });
    pair[0].switchTo();
    seen.add("main");
    pair[1].join();
    assertThat(seen).containsExactly("A0", "B0", "A1", "B1", "main");
    assertThat(pair[0].getState()).isEqualTo(TaskState.DONE);
    assertThatThrownBy(pair[0]::switchTo)
        .hasMessage("task A has ended: there is nothing to switch to");
  }

  @Test
  void aSeededChooserGivesTheSameScheduleForTheSameSeed() throws InterruptedException {
    List<List<String>> schedules = new ArrayList<>();
    for (long seed : new long[] {7, 7, 8}) {
      seen.clear();
      Random random = new Random(seed);
      runtime.tasks().coroutines().schedule(ready -> random.nextInt(ready.size()), true);
      joinAll(
          three(
              4,
              () -> {
                Task.yieldTurn();
                return null;
              }));
      runtime.tasks().coroutines().schedule(null, false);
      schedules.add(List.copyOf(seen));
    }
    assertThat(schedules.get(0)).isEqualTo(schedules.get(1)).hasSize(12);
    assertThat(schedules.get(2)).isNotEqualTo(schedules.get(0));
  }

  @Test
  void virtualTimeWhileSteppingMakesLongSleepsInstant() throws InterruptedException {
    runtime.tasks().coroutines().schedule(ready -> 0, true);
    long start = System.nanoTime();
    joinAll(
        three(
            2,
            () -> {
              runtime.sleeper().sleep(60_000);
              return null;
            }));
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    assertThat(seen).containsExactly("g1:0", "g2:0", "g3:0", "g1:1", "g2:1", "g3:1");
  }

  @Test
  void cancellingASleepingCoroutineEndsItAndTheOthersGoOn() throws InterruptedException {
    Task sleeper =
        coroutine(
            "sleeper",
            () -> {
              runtime.sleeper().sleep(60_000);
              return null;
            });
    Task other =
        coroutine(
            "other",
            () -> {
              seen.add("other ran");
              return null;
            });
    other.join();
    sleeper.cancel();
    sleeper.join();
    assertThat(sleeper.getState()).isEqualTo(TaskState.CANCELLED);
    assertThat(seen).containsExactly("other ran");
  }

  @Test
  void aGeneratorHandsOutValuesOneAtATimeAndSaysWhenItHasEnded() {
    Generator g =
        new Generator(
            "squares",
            () -> {
              for (int i = 1; i <= 3; i++) {
                seen.add("computing " + i);
                Generator.inside().emit(i * i);
              }
              return null;
            });
    assertThat(g.next()).isEqualTo(1);
    assertThat(seen).containsExactly("computing 1");
    assertThat(g.next()).isEqualTo(4);
    assertThat(g.next()).isEqualTo(9);
    assertThat(g.hasNext()).isFalse();
    assertThatThrownBy(g::next)
        .hasMessage("generator squares has no more values: its body has ended");
  }

  @Test
  void aGeneratorsErrorReachesTheCallerOfNext() {
    Generator g =
        new Generator(
            "bad",
            () -> {
              throw new IllegalArgumentException("no values today");
            });
    assertThatThrownBy(g::next).hasMessage("no values today");
  }

  @Test
  void anInterruptEndsTheMainLinesJoinOfACoroutineThatNeverEnds() throws Exception {
    Task forever =
        coroutine(
            "forever",
            () -> {
              while (true) {
                runtime.sleeper().sleep(60_000);
              }
            });
    Thread main = Thread.currentThread();
    Thread interrupter =
        Thread.ofPlatform()
            .start(
                () -> {
                  long deadline = System.nanoTime() + 10_000_000_000L;
                  while (main.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                  }
                  main.interrupt();
                });
    assertThatThrownBy(forever::join).isInstanceOf(InterruptedException.class);
    interrupter.join();
    forever.cancel();
    forever.join();
    assertThat(forever.getState()).isEqualTo(TaskState.CANCELLED);
  }
}
