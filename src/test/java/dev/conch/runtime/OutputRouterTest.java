package dev.conch.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What tasks print goes out a whole line at a time: finished lines at once, and a line without its
 * newline only when its thread flushes, never twice.
 */
@Timeout(30)
class OutputRouterTest {
  private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  private final OutputRouter router =
      new OutputRouter((task, text, error) -> lines.add((error ? "err:" : "") + text));

  @Test
  void wholeLinesGoOnAtOnceAndAnUnfinishedOneWhenItsThreadFlushes() throws Exception {
    Thread t =
        Thread.ofVirtual()
            .start(
                () -> {
                  router.out().print("one\ntw");
                  router.out().print("o\nthree, unfinished");
                  router.err().print("oops");
                  assertThat(lines).containsExactly("one", "two");
                  router.flushCurrent();
                });
    t.join();
    assertThat(lines).containsExactly("one", "two", "three, unfinished", "err:oops");
  }

  @Test
  void aFlushWithNothingUnfinishedSendsNothingAndAFinishedLineIsNotSentTwice() throws Exception {
    Thread t =
        Thread.ofVirtual()
            .start(
                () -> {
                  router.flushCurrent();
                  router.out().print("half");
                  router.out().print(" and the rest\n");
                  router.flushCurrent();
                });
    t.join();
    assertThat(lines).containsExactly("half and the rest");
  }
}
