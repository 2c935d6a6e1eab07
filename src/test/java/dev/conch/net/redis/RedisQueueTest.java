package dev.conch.net.redis;

import static dev.conch.fixtures.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.runtime.errors.OSError;
import dev.conch.runtime.errors.TypeError;
import dev.conch.runtime.queue.Empty;
import dev.conch.runtime.queue.Full;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Queues and locks in a real Redis server, as two sessions (two {@link Redis} objects, each with
 * connections and a heartbeat of its own, as two shells have) see them: items arrive in order and
 * as they were put, a consumer that vanishes with an item in hand loses nothing, a lock is one
 * holder's at a time, a server that is down or restarted is said in one line, and an interrupt ends
 * a blocked get.
 */
@Timeout(60)
class RedisQueueTest {
  private static RedisServer server;
  private static int db;
  private String url;
  private final Redis one = new Redis();
  private final Redis two = new Redis();

  @BeforeAll
  static void startServer() throws IOException {
    System.setProperty("conch.redis.beatMillis", "100"); // a vanished consumer's lease: 0.3 s
    server = RedisServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void freshDatabase() {
    url = server.url(db++ % 16);
    one.link(url).call(r -> r.flushDB());
  }

  @AfterEach
  void close() {
    one.close();
    two.close();
  }

  @Test
  void whatOneSessionPutsTheOtherGetsInOrderAsItWasPut() throws Exception {
    RedisQueue producer = one.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    RedisQueue consumer = two.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    List<Object> sent = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      sent.add(i);
    }
    sent.add("text");
    sent.add(List.of(1, "two", 3.5));
    sent.add(Map.of("job", 7, "tags", List.of("a", "b")));
    sent.add(null);
    for (Object item : sent) {
      producer.put(item);
    }
    assertThat(consumer.qsize()).isEqualTo(sent.size());
    List<Object> got = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      got.add(consumer.get(true, 5));
      consumer.taskDone();
    }
    assertThat(got).isEqualTo(sent);
    assertThat(consumer.empty()).isTrue();
    producer.join(); // nothing left anywhere: returns
  }

  @Test
  void aLifoQueueGivesTheNewestFirst() throws Exception {
    RedisQueue stack = one.queue(url, "stack", 0, RedisQueue.Order.LIFO);
    stack.put(1);
    stack.put(2);
    assertThat(two.queue(url, "stack", 0, RedisQueue.Order.LIFO).get(false, -1)).isEqualTo(2);
  }

  @Test
  void aPriorityQueueGivesTheLowestFirstEqualOnesInTheOrderTheyCame() throws Exception {
    RedisQueue producer = one.queue(url, "urgent", 0, RedisQueue.Order.PRIORITY);
    producer.put(List.of(5, "later"));
    producer.put(List.of(1, "first"));
    producer.put(List.of(3, "b"));
    producer.put(List.of(3, "c"));
    producer.put(List.of(0.5, "sooner"));
    Redis doomed = new Redis();
    RedisQueue victim = doomed.queue(url, "urgent", 0, RedisQueue.Order.PRIORITY);
    assertThat(victim.get(true, 5)).isEqualTo(List.of(0.5, "sooner"));
    doomed.link(url).vanish(); // its item goes back with its priority, once its lease has run out
    String lease = RedisLink.aliveKey(doomed.link(url).consumer());
    until(
        "the vanished consumer's lease runs out", () -> !one.link(url).call(r -> r.exists(lease)));
    RedisQueue consumer = two.queue(url, "urgent", 0, RedisQueue.Order.PRIORITY);
    List<Object> got = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      got.add(((List<?>) consumer.get(true, 10)).get(1));
      consumer.taskDone();
    }
    assertThat(got).containsExactly("sooner", "first", "b", "c", "later");
    assertThatThrownBy(() -> producer.put("no priority"))
        .hasMessage(
            "redis priorityQueue urgent: put [priority, item] lists with a number first, such as"
                + " [1, 'job'], not \"no priority\"");
  }

  @Test
  void whatCannotTravelAsJsonIsRefusedInOneLine() {
    RedisQueue q = one.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    assertThatThrownBy(() -> q.put(new Date()))
        .isInstanceOf(TypeError.class)
        .hasMessage(
            "redis queue jobs: a Date cannot travel through Redis; put numbers, strings, booleans,"
                + " lists and maps with string keys (they go as JSON)");
    assertThatThrownBy(() -> q.put(Map.of(1, "one")))
        .hasMessageContaining("a map key must be a string");
  }

  @Test
  void nowaitCallsRaiseEmptyAndFullAsPythonsDo() throws Exception {
    RedisQueue q = one.queue(url, "small", 2, RedisQueue.Order.FIFO);
    assertThatThrownBy(q::getNowait).isInstanceOf(Empty.class);
    q.putNowait("a");
    q.putNowait("b");
    assertThat(q.full()).isTrue();
    assertThatThrownBy(() -> q.putNowait("c")).isInstanceOf(Full.class);
    assertThatThrownBy(() -> q.put("c", true, 0.05)).isInstanceOf(Full.class);
    assertThat(q.get(true, 0.05)).isEqualTo("a");
  }

  @Test
  void aBlockingPutWaitsForRoomAsLongAsItTakes() throws Exception {
    RedisQueue q = one.queue(url, "small", 1, RedisQueue.Order.FIFO);
    q.put("a");
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread putter =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    q.put("b"); // no timeout: waits for room
                  } catch (Throwable t) {
                    failed.set(t);
                  }
                });
    RedisQueue other = two.queue(url, "small", 1, RedisQueue.Order.FIFO);
    assertThat(other.get(true, 5)).isEqualTo("a");
    assertThat(other.get(true, 5)).isEqualTo("b");
    assertThat(putter.join(java.time.Duration.ofSeconds(5))).isTrue();
    assertThat(failed.get()).isNull();
  }

  @Test
  void theItemsOfAConsumerThatVanishesGoBackToTheQueue() throws Exception {
    RedisQueue producer = one.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    for (int i = 1; i <= 3; i++) {
      producer.put(i);
    }
    Redis doomed = new Redis();
    RedisQueue victim = doomed.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    assertThat(victim.get(true, 5)).isEqualTo(1); // in its hands when it dies
    doomed.link(url).vanish();
    RedisQueue survivor = two.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    List<Object> got = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      got.add(survivor.get(true, 10));
      survivor.taskDone();
    }
    assertThat(got).containsExactlyInAnyOrder(1, 2, 3);
    producer.join();
  }

  @Test
  void aLockIsOneHoldersAtATimeAndOnlyItsHolderLetsGo() throws Exception {
    RedisLock mine = one.lock(url, "printer");
    RedisLock theirs = two.lock(url, "printer");
    assertThat(mine.acquire(true, 1)).isTrue();
    assertThat(theirs.acquire(true, 0.1)).isFalse();
    assertThat(theirs.acquire(false, -1)).isFalse();
    assertThatThrownBy(theirs::release).hasMessageContaining("does not hold it");
    assertThat(theirs.locked()).isTrue();
    mine.release();
    assertThat(theirs.acquire(false, -1)).isTrue();
    theirs.release();
    assertThat(mine.locked()).isFalse();
  }

  @Test
  void aSessionThatEndsHoldingALockStopsRenewingItsLease() throws Exception {
    Redis ending = new Redis();
    RedisLock held = ending.lock(url, "printer");
    assertThat(held.acquire(false, -1)).isTrue();
    assertThat(held.renewing()).isTrue();
    ending.close();
    until("the lease's renewer ends with its session", () -> !held.renewing());
  }

  @Test
  void aServerThatIsDownIsSaidInOneLineWithThePasswordHidden() throws Exception {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    String down = "redis://:secret@127.0.0.1:" + closed + "/0";
    assertThatThrownBy(() -> one.queue(down, "jobs", 0, RedisQueue.Order.FIFO))
        .isInstanceOf(OSError.class)
        .hasMessageStartingWith(
            "redis redis://:***@127.0.0.1:" + closed + "/0: the server cannot be reached (")
        .hasMessageNotContaining("secret");
  }

  @Test
  void aRestartedServerIsSaidThenWorkGoesOn() throws Exception {
    RedisQueue q = one.queue(url, "jobs", 0, RedisQueue.Order.FIFO);
    q.put(1);
    server.stop();
    try {
      assertThatThrownBy(() -> q.put(2))
          .isInstanceOf(OSError.class)
          .hasMessageStartingWith("redis " + url + ": the server cannot be reached (");
    } finally {
      server.startAgain();
    }
    q.put(3); // an empty server now (no persistence): the queue starts again
    assertThat(q.get(true, 5)).isEqualTo(3);
  }

  @Test
  void anInterruptEndsABlockedGetSoon() throws Exception {
    RedisQueue q = one.queue(url, "nothing", 0, RedisQueue.Order.FIFO);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread waiter =
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    q.get();
                  } catch (Throwable t) {
                    ended.set(t);
                  }
                });
    // the waiter is blocked once the server counts a blocked client
    for (long pause = 1; blockedClients() == 0; pause = Math.min(pause * 2, 50)) {
      TimeUnit.MILLISECONDS.sleep(pause);
    }
    waiter.interrupt();
    assertThat(waiter.join(java.time.Duration.ofSeconds(2))).isTrue();
    assertThat(ended.get()).isInstanceOf(InterruptedException.class);
  }

  private long blockedClients() {
    String info = one.link(url).call(r -> r.info("clients"));
    return info.lines()
        .filter(l -> l.startsWith("blocked_clients:"))
        .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip()))
        .sum();
  }

  @Test
  void aPythonProgramWithRedisPyReadsWhatConchPut() throws Exception {
    // Debian's python3-redis goes with Debian's python3, which a python3 earlier on the PATH hides
    String python3 =
        java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/python3"))
            ? "/usr/bin/python3"
            : "python3";
    ProcessBuilder check = new ProcessBuilder(python3, "-c", "import redis");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        check.start().waitFor() == 0, "python3-redis is not installed");
    one.queue(url, "jobs", 0, RedisQueue.Order.FIFO)
        .put(Map.of("job", 1, "words", List.of("a", "b")));
    String program =
        "import json, redis\n"
            + "r = redis.Redis.from_url('"
            + url
            + "')\n"
            + "print(json.loads(r.lpop('conch:queue:jobs'))['words'][1])\n";
    Process python = new ProcessBuilder(python3, "-c", program).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    python.getInputStream().transferTo(out);
    assertThat(python.waitFor()).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("b");
  }
}
