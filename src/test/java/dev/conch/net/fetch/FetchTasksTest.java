package dev.conch.net.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.task.Run;
import dev.conch.runtime.task.Task;
import dev.conch.runtime.task.TaskKind;
import dev.conch.runtime.task.TaskSpec;
import dev.conch.runtime.task.TaskState;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code fetch} from tasks: journaled as waiting on the request, ended at once by an interrupt, and
 * letting coroutines run while the answer is on its way.
 */
@Timeout(30)
class FetchTasksTest {
  /** Far longer than any answer on loopback takes: only a hang reaches it. */
  private static final long GENEROUS_SECONDS = 10;

  private PageServer server;
  private PageFetcher fetcher;
  private ConchRuntime runtime;
  private Run run;

  @BeforeEach
  void start() throws IOException {
    server = new PageServer();
    fetcher = new PageFetcher();
    runtime = ConchRuntime.create((task, text, error) -> {});
    run = runtime.tasks().beginRun("test");
  }

  @AfterEach
  void stop() {
    runtime.tasks().endRun(run, false);
    runtime.close();
    fetcher.close();
    server.close();
  }

  private Task spawn(String name, TaskKind kind, Callable<?> body) {
    return runtime.tasks().spawn(TaskSpec.defaults().withName(name).withKind(kind), body);
  }

  @Test
  void aTaskWaitingForAPageIsJournaledWaitingOnTheRequestAndCancelEndsIt()
      throws InterruptedException {
    String url = server.url("/slow");
    Task task = spawn("fetcher", TaskKind.THREAD, () -> fetcher.fetch(url, FetchOptions.DEFAULTS));

    assertThat(server.slowArrived.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(task.getState()).isEqualTo(TaskState.WAITING);
    assertThat(task.getWaitTarget()).hasToString("fetch " + url);
    task.cancel();

    assertThat(task.join(GENEROUS_SECONDS)).isTrue();
    assertThat(task.getState()).isEqualTo(TaskState.CANCELLED);
  }

  @Test
  void aRequestOtherThanGetNamesItsMethodInTheJournal() throws InterruptedException {
    String url = server.url("/slow");
    FetchOptions post = FetchOptions.DEFAULTS.withBody("x");
    Task task = spawn("poster", TaskKind.VIRTUAL, () -> fetcher.fetch(url, post));

    assertThat(server.slowArrived.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
    assertThat(task.getWaitTarget()).hasToString("fetch POST " + url);
    task.cancel();
    assertThat(task.join(GENEROUS_SECONDS)).isTrue();
  }

  @Test
  void interruptingAThreadBlockedInAFetchEndsItAtOnceAndHangsUp() throws Exception {
    AtomicReference<Throwable> ended = new AtomicReference<>();
    try (SilentServer silent = new SilentServer()) {
      Thread thread =
          Thread.ofPlatform()
              .name("fetch-test")
              .start(
                  () -> {
                    try {
                      fetcher.fetch(silent.url("/never"), FetchOptions.DEFAULTS);
                    } catch (Throwable t) {
                      ended.set(t);
                    }
                  });

      assertThat(silent.arrived.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
      thread.interrupt();

      assertThat(thread.join(Duration.ofSeconds(GENEROUS_SECONDS))).isTrue();
      assertThat(ended.get()).isInstanceOf(InterruptedException.class);
      assertThat(silent.hungUp.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void coroutinesFetchingTogetherGoOnInTheOrderTheAnswersCome() throws InterruptedException {
    List<Integer> done = Collections.synchronizedList(new ArrayList<>());
    List<Task> all = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      int which = n;
      all.add(
          spawn(
              "c" + n,
              TaskKind.COROUTINE,
              () -> {
                Page page = fetcher.fetch(server.url("/order?n=" + which), FetchOptions.DEFAULTS);
                done.add(Integer.parseInt(page.getText()));
                server.orderDone.get(which).countDown();
                return page.getStatus();
              }));
    }
    for (Task task : all) {
      assertThat(task.join(GENEROUS_SECONDS)).isTrue();
    }

    assertThat(done).containsExactly(3, 2, 1);
    for (Task task : all) {
      assertThat(task.getResult()).isEqualTo(200);
    }
  }
}
