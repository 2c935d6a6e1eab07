package dev.conch.dsl.extensions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conch.fixtures.DslFixture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whole numbers that grow past Integer and Long as Python's do, rather than wrap around. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WholeNumberExtensionsTest extends DslFixture {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100000 * 100000 | 10000000000",
        "(0..<100000).sum { it * it } | 333328333350000",
        "s = 0; for (i in 0..<100000) { s += i * i }; s | 333328333350000",
        "Integer.MAX_VALUE + 1 | 2147483648",
        "Integer.MIN_VALUE - 1 | -2147483649",
        "-70000 * 70000 | -4900000000",
        "Long.MAX_VALUE + 1 | 9223372036854775808",
        "Long.MIN_VALUE - 1 | -9223372036854775809",
        "Long.MAX_VALUE - (-1) | 9223372036854775808",
        "3000000000 * 3000000000 * 3 | 27000000000000000000",
        "Long.MIN_VALUE * -1 | 9223372036854775808",
        "a = 0; b = 1; 100.times { (a, b) = [b, a + b] }; a | 354224848179261915075",
        "[2 + 3, 2 * 3, 2 - 3]*.getClass()*.simpleName | [Integer, Integer, Integer]",
        "[2L + 3, 2 + 3L, 2L * 3L]*.getClass()*.simpleName | [Long, Long, Long]",
        "(100000 * 100000).getClass().simpleName | Long",
        "[1.5 + 2, 2 + 1.5, 'a' + 1, [1] + [2]] | [3.5, 3.5, a1, [1, 2]]",
        "int wraps() { int x = Integer.MAX_VALUE; x += 1; x }; wraps() | -2147483648",
      })
  void wholeNumbersGrowInsteadOfWrapping(String code, String expected) {
    assertThat(String.valueOf(value(code))).isEqualTo(expected);
  }
}
