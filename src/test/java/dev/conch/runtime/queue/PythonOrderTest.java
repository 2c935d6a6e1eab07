package dev.conch.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Items in a priority queue compare as Python compares them: numbers by value whatever their class,
 * lists element by element, and values of different kinds not at all. Also how a sentinel is
 * matched and how items are quoted in messages.
 */
class PythonOrderTest {
  @Test
  void numbersCompareByValueAcrossClasses() {
    assertThat(PythonOrder.compare(1, 2L)).isEqualTo(-1);
    assertThat(PythonOrder.compare(2.0, 2)).isZero();
    assertThat(PythonOrder.compare(BigInteger.TEN.pow(30), Long.MAX_VALUE)).isEqualTo(1);
    assertThat(PythonOrder.compare(Double.NEGATIVE_INFINITY, Long.MIN_VALUE)).isEqualTo(-1);
  }

  @Test
  void listsCompareElementByElementAndAPrefixComesFirst() {
    assertThat(PythonOrder.compare(List.of(1, "b"), List.of(1, "a"))).isEqualTo(1);
    assertThat(PythonOrder.compare(List.of(1), List.of(1, "a"))).isEqualTo(-1);
    assertThat(PythonOrder.compare(new Object[] {0, "z"}, List.of(1))).isEqualTo(-1);
  }

  @Test
  void onlyTheFirstElementsOfListsMustBeOrderable() {
    assertThat(PythonOrder.compare(List.of(1, Map.of()), List.of(1, Map.of("a", 1)))).isZero();
    assertThat(PythonOrder.compare(List.of("high"), List.of(1))).isNull();
  }

  @Test
  void valuesOfDifferentKindsCannotBeOrdered() {
    assertThat(PythonOrder.compare("a", 1)).isNull();
    assertThat(PythonOrder.compare(List.of(1), 1)).isNull();
    assertThat(PythonOrder.compare(null, 1)).isNull();
    assertThat(PythonOrder.compare(Map.of(), Map.of())).isNull();
  }

  @Test
  void sameTreatsNumbersByValueAndTextByCharacters() {
    assertThat(PythonOrder.same(1, 1L)).isTrue();
    assertThat(PythonOrder.same(new StringBuilder("stop"), "stop")).isTrue();
    assertThat(PythonOrder.same(null, null)).isTrue();
    assertThat(PythonOrder.same("1", 1)).isFalse();
  }

  @Test
  void showQuotesTextEvenInsideLists() {
    assertThat(PythonOrder.show(List.of(1, "job"))).isEqualTo("[1, 'job']");
    assertThat(PythonOrder.show(null)).isEqualTo("null");
  }
}
