package dev.conch.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain values (numbers, text, lists and arrays of them) copied in PlainCopies' compact form, and
 * everything else still by Java serialization, through JvmCopies as the process pools use it.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PlainCopiesTest {
  private static final UnaryOperator<Object> SAME = o -> o;

  private static Object copy(Object value) throws IOException {
    return JvmCopies.read(
        JvmCopies.write(value, SAME), PlainCopiesTest.class.getClassLoader(), SAME);
  }

  @Test
  void everyPlainKindComesBackEqualAndInItsOwnClass() throws IOException {
    List<Object> values =
        Arrays.asList(
            null,
            true,
            false,
            0,
            -7,
            Integer.MAX_VALUE,
            Long.MIN_VALUE,
            3.25,
            -0.0,
            Double.NaN,
            "",
            "héllo 世界 \uD83D\uDE00",
            "lone \uD800 surrogate",
            new BigInteger("-123456789012345678901234567890"),
            new BigDecimal("1.50"),
            new BigDecimal("-0.000001"));
    for (Object value : values) {
      byte[] bytes = JvmCopies.write(value, SAME);
      assertThat(PlainCopies.isPlain(bytes)).as("%s is plain", value).isTrue();
      Object back = copy(value);
      assertThat(back).as("%s", value).isEqualTo(value);
      if (value != null) {
        assertThat(back.getClass()).isEqualTo(value.getClass());
      }
    }
    assertThat(((BigDecimal) copy(new BigDecimal("1.50"))).scale()).isEqualTo(2);
  }

  @Test
  void aPoolsBatchOfArgumentArraysComesBackAsNewListsAndArrays() throws IOException {
    ArrayList<Object[]> batch = new ArrayList<>();
    for (int n = 1; n <= 1000; n++) {
      batch.add(new Object[] {n, "x" + n, new ArrayList<>(List.of(n, n * 2L))});
    }
    byte[] bytes = JvmCopies.write(batch, SAME);
    assertThat(PlainCopies.isPlain(bytes)).isTrue();
    @SuppressWarnings("unchecked")
    List<Object[]> back = (List<Object[]>) copy(batch);
    assertThat(back).isInstanceOf(ArrayList.class).hasSize(1000).isNotSameAs(batch);
    assertThat(back.get(999)).containsExactly(1000, "x1000", List.of(1000, 2000L));
    assertThat(back.get(0)).isNotSameAs(batch.get(0));
    assertThat(back.get(0).getClass()).isEqualTo(Object[].class);
  }

  @Test
  void whatIsNotPlainIsStillCopiedBySerialization() throws IOException {
    HashMap<String, Integer> map = new HashMap<>();
    map.put("a", 1);
    ArrayList<Object> shared = new ArrayList<>(List.of(1));
    ArrayList<Object> twice = new ArrayList<>(List.of(shared, shared));
    ArrayList<Object> itself = new ArrayList<>();
    itself.add(itself);
    List<Object> notPlain =
        List.of(
            map,
            1.5f,
            'c',
            new String[] {"a"},
            List.of(1, 2),
            new ArrayList<>(List.of(1, map)),
            twice);
    for (Object value : notPlain) {
      assertThat(PlainCopies.write(value)).as("%s", value).isNull();
      assertThat(PlainCopies.isPlain(JvmCopies.write(value, SAME))).isFalse();
    }
    assertThat(copy(map)).isEqualTo(map);
    assertThat(copy(new ArrayList<>(List.of(1, map)))).isEqualTo(List.of(1, map));
    @SuppressWarnings("unchecked")
    List<List<Object>> back = (List<List<Object>>) copy(twice);
    assertThat(back.get(0)).as("a shared list stays shared").isSameAs(back.get(1));
    @SuppressWarnings("unchecked")
    List<Object> loop = (List<Object>) copy(itself);
    assertThat(loop.get(0)).as("a list holding itself still does").isSameAs(loop);
  }

  @Test
  void listsNestedDeeperThanTheLimitAreLeftToSerialization() throws IOException {
    ArrayList<Object> deep = new ArrayList<>();
    ArrayList<Object> inner = deep;
    for (int k = 0; k < PlainCopies.MAX_DEPTH + 5; k++) {
      ArrayList<Object> next = new ArrayList<>();
      inner.add(next);
      inner = next;
    }
    assertThat(PlainCopies.write(deep)).isNull();
    assertThat(copy(deep)).isEqualTo(deep);
  }

  @Test
  void aTornOrForeignPlainCopyIsAnIoErrorNotAWrongValue() {
    byte[] good = PlainCopies.write(new ArrayList<>(List.of("abc", 1, 2L)));
    byte[] torn = Arrays.copyOf(good, good.length - 3);
    assertThatThrownBy(() -> PlainCopies.read(torn)).isInstanceOf(IOException.class);
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> PlainCopies.read(longer)).hasMessageContaining("after a plain copy");
    byte[] unknown = {PlainCopies.MAGIC, 99};
    assertThatThrownBy(() -> PlainCopies.read(unknown)).hasMessageContaining("unknown tag 99");
    byte[] huge = {PlainCopies.MAGIC, 9, 0x7f, 0, 0, 0};
    assertThatThrownBy(() -> PlainCopies.read(huge)).hasMessageContaining("cut short");
  }
}
