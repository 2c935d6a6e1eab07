package dev.conch.dsl.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A list's pop, remove and reverse as Python's. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ListExtensionsTest extends DslFixture {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "xs = [1, 2, 3]; [xs.pop(), xs] | [3, [1, 2]]",
        "xs = [1, 2, 3]; [xs.pop(0), xs] | [1, [2, 3]]",
        "xs = [1, 2, 3]; [xs.pop(-1), xs.pop(-2), xs] | [3, 1, [2]]",
        "xs = []; xs << 1; xs << 2; [xs.pop(), xs.pop()] | [2, 1]",
        "xs = []; xs.push(1); xs.push(2); [xs.toList(), xs.pop()] | [[1, 2], 2]",
        "stack = ['a']; spawn { stack << 'b' }.join(); stack.pop() | b",
        "xs = [1, 2, 3]; xs.remove(1); xs | [2, 3]",
        "xs = [3, 1, 3]; [xs.remove(3), xs] | [true, [1, 3]]",
        "xs = [1, 2]; [xs.remove(7), xs] | [false, [1, 2]]",
        "xs = [1, 2, 3]; xs.removeAt(1); xs | [1, 3]",
        "xs = ['a', 'b']; xs.remove('a'); xs | [b]",
        "xs = [1, 2, 3]; xs.reverse(); xs | [3, 2, 1]",
        "xs = [1, 2, 3]; xs.reverse().is(xs) | true",
        "'abc'.reverse() | cba",
      })
  void aListsMethodsDoAsPythonsDo(String code, String expected) {
    assertThat(String.valueOf(value(code))).isEqualTo(expected);
  }

  @Test
  void poppingBeyondTheListSaysWhy() {
    assertThat(error("[].pop()")).hasMessage("pop from an empty list");
    assertThat(error("[1, 2, 3].pop(3)"))
        .hasMessage("pop index 3 is out of range for a list of 3 items");
    assertThat(error("[1].pop(-2)"))
        .hasMessage("pop index -2 is out of range for a list of 1 item");
  }
}
