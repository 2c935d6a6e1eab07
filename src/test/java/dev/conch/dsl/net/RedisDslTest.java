package dev.conch.dsl.net;

import static dev.conch.fixtures.Eventually.until;
import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.fixtures.DslFixture;
import dev.conch.net.redis.RedisServer;
import dev.conch.runtime.ConchRuntime;
import dev.conch.runtime.deadlock.Deadlock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code redis:} as a learner types it, in two sessions of their own (two runtimes, as two shells):
 * a queue named in both is one queue, a lock one lock; a name is required; a bad URL is one line.
 */
@Timeout(60)
class RedisDslTest extends DslFixture {
  private static RedisServer server;
  private final ConchRuntime otherRuntime = ConchRuntime.create((task, text, error) -> {});
  private final ScriptHost other = new ScriptHost(otherRuntime, otherRuntime.output().out());

  @BeforeAll
  static void startServer() throws Exception {
    server = RedisServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void closeOther() {
    otherRuntime.close();
  }

  private Object inOther(String code) {
    Outcome outcome = other.evaluate(code, code, false);
    if (outcome.failed()) {
      throw new AssertionError(code + " failed", outcome.error());
    }
    return outcome.value();
  }

  @Test
  void twoSessionsNamingOneQueueShareIt() {
    String url = server.url(0);
    eval("q = queue('jobs', redis: '" + url + "'); 5.times { q << [n: it] }; q.put('end')");
    assertThat(
            inOther(
                "q = queue('jobs', redis: '"
                    + url
                    + "'); got = []; for (j in q.takeUntil('end')) { got << j.n; q.task_done() };"
                    + " got"))
        .isEqualTo(List.of(0, 1, 2, 3, 4));
    assertThat(value("q.qsize()")).isEqualTo(0);
  }

  @Test
  void twoSessionsNamingOneLockShareIt() {
    String url = server.url(1);
    eval("l = lock('printer', redis: '" + url + "'); l.acquire()");
    assertThat(inOther("l = lock(name: 'printer', redis: '" + url + "'); l.acquire(true, 0.1)"))
        .isEqualTo(false);
    eval("l.release()");
    assertThat(inOther("r = l.acquire(false); l.release(); r")).isEqualTo(true);
  }

  @Test
  void twoTasksCrossingOnRedisLocksAreADeadlockThatTheCureEnds() throws Exception {
    String url = server.url(3);
    CompletableFuture<Deadlock> reported = new CompletableFuture<>();
    runtime.deadlocks().addListener(reported::complete);
    runtime.deadlocks().start();
    eval(
        "a = lock('a', redis: '"
            + url
            + "'); b = lock('b', redis: '"
            + url
            + "'); go = event(); ts = [spawn(name: 'left') { a.withLock { go.wait(); b.withLock { } } },"
            + " spawn(name: 'right') { b.withLock { go.wait(); a.withLock { } } }]");
    until(
        "both hold their first lock",
        () -> (Boolean) value("a.owner() != null && b.owner() != null"));
    eval("go.set()");
    Deadlock deadlock = reported.get(30, TimeUnit.SECONDS);
    assertThat(deadlock.links())
        .extracting(l -> l.waiter().getName() + " waits for " + l.lock().label())
        .containsExactlyInAnyOrder("left waits for redis lock b", "right waits for redis lock a");
    deadlock.cure();
    assertThat(value("ts*.join(5)")).isEqualTo(List.of(true, true));
    assertThat(value("a.locked() || b.locked()")).isEqualTo(false); // the cure freed both
  }

  @Test
  void aQueueInRedisNeedsANameAndAUrl() {
    assertThat(error("queue(redis: '" + server.url(2) + "')"))
        .hasMessage(
            "queue: a queue or lock in Redis needs a name, the one other shells use too:"
                + " queue('jobs', redis: URL)");
    assertThat(error("queue('jobs', redis: 'http://127.0.0.1/')"))
        .hasMessage(
            "queue: 'http://127.0.0.1/' is not a redis:// URL; expected redis://HOST[:PORT][/DB]");
  }
}
