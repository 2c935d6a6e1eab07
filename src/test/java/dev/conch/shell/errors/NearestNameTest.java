package dev.conch.shell.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Typos find what they meant; words far from every name find nothing. */
class NearestNameTest {
  private static final List<String> NAMES = List.of("spawn", "sleep", "semaphore", "help", "pid");

  @Test
  void aSwapOfNeighboursIsOneEdit() {
    assertThat(NearestName.distance("spwan", "spawn")).isEqualTo(1);
    assertThat(NearestName.among("spwan", NAMES)).contains("spawn");
    assertThat(NearestName.among("hlep", NAMES)).contains("help");
  }

  @Test
  void aMissingOrExtraLetterIsFound() {
    assertThat(NearestName.among("slep", NAMES)).contains("sleep");
    assertThat(NearestName.among("semaphor", NAMES)).contains("semaphore");
  }

  @Test
  void shortOrFarWordsSuggestNothing() {
    assertThat(NearestName.among("pd", NAMES)).isEmpty();
    assertThat(NearestName.among("nosuch", NAMES)).isEmpty();
    assertThat(NearestName.among("sleep", NAMES)).isEmpty();
    assertThat(NearestName.among("shap", NAMES)).isEmpty();
  }
}
