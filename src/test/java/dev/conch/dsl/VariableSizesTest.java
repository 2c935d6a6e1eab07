package dev.conch.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.runtime.MemoryHolder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roughly what each session variable holds, boundedly: what the out-of-memory line names. */
class VariableSizesTest {
  private static final long MIB = 1 << 20;

  @Test
  void theLargestVariablesComeFirstAndSmallOnesAreLeftOut() {
    List<byte[]> big = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      big.add(new byte[(int) MIB]);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("small", "just a string");
    variables.put("medium", new long[(int) MIB / 4]); // 2 MiB
    variables.put("big", big);
    variables.put("range", new groovy.lang.IntRange(1, 10_000_000));
    List<MemoryHolder> top = VariableSizes.largest(variables, 3);
    assertThat(top).extracting(MemoryHolder::name).containsExactly("big", "medium");
    assertThat(top.get(0).bytes()).isBetween(8 * MIB, 9 * MIB);
    assertThat(top.get(1).bytes()).isBetween(2 * MIB, 3 * MIB);
    assertThat(top).allMatch(MemoryHolder::complete);
  }

  @Test
  void aLongCollectionIsSampledAndAValueSharedByTwoCountsOnce() {
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add(new int[64]); // 272 bytes each: about 27 MiB in all
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("a", many);
    variables.put("b", many);
    List<MemoryHolder> top = VariableSizes.largest(variables, 3);
    assertThat(top).extracting(MemoryHolder::name).containsExactly("a");
    assertThat(top.get(0).bytes()).isBetween(25 * MIB, 30 * MIB);
  }

  @Test
  void aCycleAndAMapOfMapsEnd() {
    Map<String, Object> cyclic = new LinkedHashMap<>();
    cyclic.put("self", cyclic);
    cyclic.put("data", Map.of("bytes", new byte[(int) (3 * MIB)]));
    assertThat(VariableSizes.of(cyclic)).isBetween(3 * MIB, 4 * MIB);
  }
}
