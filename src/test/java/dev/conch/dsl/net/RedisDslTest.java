package dev.conch.dsl.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.dsl.Outcome;
import dev.conch.dsl.ScriptHost;
import dev.conch.fixtures.DslFixture;
import dev.conch.net.redis.RedisServer;
import dev.conch.runtime.ConchRuntime;
import java.util.List;
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
