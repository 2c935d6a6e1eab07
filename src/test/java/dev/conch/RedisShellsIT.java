package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.net.redis.RedisServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two separate shells, through the real launcher, share one queue in a real Redis server: the
 * consumer, started first, waits; the producer puts; the consumer prints what it took, in order, as
 * one list.
 */
class RedisShellsIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  @Test
  @Timeout(180)
  void whatOneShellPutsTheOtherTakesInOrder() throws Exception {
    try (RedisServer server = RedisServer.start()) {
      String q = "q = queue('shared', redis: '" + server.url(0) + "'); ";
      Process consumer =
          shell(
              q
                  + "got = []; for (x in q.takeUntil('end')) { got << x; q.task_done() }; println got");
      Process producer = shell(q + "(1..20).each { q << [n: it] }; q << 'end'");
      assertThat(producer.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(producer.exitValue()).isZero();
      assertThat(consumer.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String printed = output(consumer);
      StringBuilder expected = new StringBuilder("[");
      for (int n = 1; n <= 20; n++) {
        expected.append(n == 1 ? "" : ", ").append("[n:").append(n).append(']');
      }
      assertThat(printed.strip().lines().reduce((a, b) -> b).orElse(""))
          .isEqualTo(expected.append(']').toString());
    }
  }

  private static Process shell(String code) throws Exception {
    return new ProcessBuilder(HOME.resolve("shell").toString(), "-e", code)
        .directory(HOME.toFile())
        .redirectErrorStream(true)
        .start();
  }

  private static String output(Process p) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
