package dev.conch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.conch.net.Lab;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher in the classroom network, in a real terminal: {@code ./shell lab shell}, a sweep of
 * the lab's dark block (4,096 silent addresses, 3 s each), its counts on the status line, and
 * Ctrl-C giving the prompt back within a second with the partial result. Skipped, with the reason,
 * where the lab cannot be had.
 */
class SweepIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  @Test
  @Timeout(150)
  void ctrlCEndsASweepWithinASecondAndKeepsWhatItHad() throws Exception {
    Optional<String> why = Lab.unavailable();
    assumeTrue(why.isEmpty(), () -> "no lab: " + why.orElse(""));
    Lab.up();
    try (Tmux tmux = Tmux.start("NO_COLOR=1 ./shell lab shell; sleep 60", HOME)) {
      tmux.await(
          "the prompt",
          Duration.ofSeconds(90),
          s -> s.lines().anyMatch(l -> l.startsWith("conch>")));
      tmux.type("r = sweep('10.213.32.0-10.213.47.255', timeout: 3000)");
      tmux.send("Enter");
      tmux.await(
          "the sweep's counts on the status line",
          Duration.ofSeconds(20),
          s ->
              s.contains("sweep 10.213.32.0-10.213.47.255: ")
                  && s.matches("(?s).*: [1-9][0-9]* sent, 0 answered, 4096 left.*"));
      long pressed = System.nanoTime();
      tmux.send("C-c");
      String screen =
          tmux.await(
              "the partial result",
              Duration.ofSeconds(5),
              s -> s.contains("not in this result") && s.contains("before the stop"));
      assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isLessThan(Duration.ofSeconds(1));
      assertThat(screen).contains("stopped (Ctrl-C) after 0 of 4096 addresses");
      tmux.type("r.complete");
      tmux.send("Enter");
      tmux.await("the result kept", Duration.ofSeconds(10), s -> s.contains("=> false"));
    }
  }
}
