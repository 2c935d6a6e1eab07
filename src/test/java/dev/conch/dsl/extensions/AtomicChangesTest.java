package dev.conch.dsl.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import dev.conch.fixtures.Eventually;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list's {@code <<} and {@code add}, a set's too, and a map's {@code [k] = v} and {@code put},
 * typed at the prompt, change the collection whole, as Python's append and item assignment do: each
 * waits while another task holds the collection, so none can split another's change.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AtomicChangesTest extends DslFixture {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "xs = [1, 2]      | xs << 3          | [1, 2, 3]",
        "xs = [1, 2]      | xs.push(3)       | [1, 2, 3]",
        "xs = [1, 2]      | xs.add(3)        | [1, 2, 3]",
        "xs = [] as Set   | xs.add(3)        | [3]",
        "xs = [1, 2, 3]   | xs.pop()         | [1, 2]",
        "xs = [1, 2, 3]   | xs.pop(0)        | [2, 3]",
        "xs = [] as Set   | xs << 3          | [3]",
        "xs = [:]         | xs['k'] = 3      | {k=3}",
        "xs = [:]         | xs[\"k${1}\"] = 3  | {k1=3}",
        "xs = [:]         | xs[7] = 3        | {7=3}",
        "xs = [:]         | xs.put('k', 3)   | {k=3}",
      })
  void aChangeWaitsForTheTaskThatHoldsTheCollection(String made, String change, String after)
      throws Exception {
    value(made);
    Object xs = value("xs");
    int before = size(xs);
    CompletableFuture<Object> changed = new CompletableFuture<>();
    Thread task = Thread.ofPlatform().unstarted(() -> changed.complete(value(change)));
    synchronized (xs) { // as another task's synchronized (xs) { … } would
      task.start();
      Eventually.until(
          "'" + change + "' waits for the task that holds the collection",
          () -> {
            if (changed.isDone()) {
              throw new AssertionError("'" + change + "' changed it while another task held it");
            }
            return task.getState() == Thread.State.BLOCKED;
          });
      assertThat(size(xs)).as("nothing changed yet").isEqualTo(before);
    }
    changed.get(20, TimeUnit.SECONDS);
    assertThat(String.valueOf(value("xs"))).isEqualTo(after);
  }

  private static int size(Object collection) {
    return collection instanceof Map<?, ?> m ? m.size() : ((Collection<?>) collection).size();
  }

  @org.junit.jupiter.api.Test
  void aMethodNamedAtRunTimeOrCalledOnAnythingElseIsGroovysOwnCall() {
    assertThat(String.valueOf(value("n = 'add'; ys = []; ys.\"$n\"(3); ys"))).isEqualTo("[3]");
    assertThat(value("new BigDecimal('1.5').add(2.5)")).isEqualTo(new java.math.BigDecimal("4.0"));
    assertThat(value("q = queue(); q.put(1, true); q.put(2, timeout: 1); [q.get(), q.get()]"))
        .isEqualTo(java.util.List.of(1, 2));
  }
}
