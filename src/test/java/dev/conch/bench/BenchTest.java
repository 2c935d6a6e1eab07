package dev.conch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which benchmarks ./shell bench runs: all when no name is given, otherwise those whose names start
 * with a given word, in the list's order; a word that matches none is named.
 */
class BenchTest {

  private record Named(String name) implements Benchmark {
    @Override
    public void run(Report report) {}
  }

  private static final Benchmark STARTUP = new Named("startup");
  private static final Benchmark STREAMS = new Named("streams");
  private static final Benchmark LOCKS = new Named("locks");
  private static final List<Benchmark> ALL = List.of(STARTUP, STREAMS, LOCKS);

  @Test
  void noFilterSelectsEveryBenchmark() {
    assertThat(Bench.select(ALL, List.of())).containsExactly(STARTUP, STREAMS, LOCKS);
  }

  @Test
  void filtersSelectByPrefixInTheListsOrder() {
    assertThat(Bench.select(ALL, List.of("locks", "st"))).containsExactly(STARTUP, STREAMS, LOCKS);
    assertThat(Bench.select(ALL, List.of("startup"))).containsExactly(STARTUP);
  }

  @Test
  void aFilterThatSelectsNothingIsNamed() {
    assertThatThrownBy(() -> Bench.select(ALL, List.of("startup", "latency")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latency");
  }
}
