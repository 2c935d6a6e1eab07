package dev.conch.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short durations of /tasks and the /timeline axis: milliseconds under a second, tenths of a
 * second under a minute, then minutes and hours; and axis ticks in seconds or milliseconds,
 * depending on how long the span is.
 */
class DurationsTest {
  private static final long MS = 1_000_000L;

  @Test
  void compactShowsMillisecondsUnderOneSecond() {
    assertThat(Durations.compact(0)).isEqualTo("0ms");
    assertThat(Durations.compact(350 * MS)).isEqualTo("350ms");
    assertThat(Durations.compact(999_999_999L)).isEqualTo("999ms");
  }

  @Test
  void compactShowsTenthsOfSecondsCutDownUnderOneMinute() {
    assertThat(Durations.compact(1_000 * MS)).isEqualTo("1.0s");
    assertThat(Durations.compact(1_299 * MS)).isEqualTo("1.2s");
    assertThat(Durations.compact(59_999 * MS)).isEqualTo("59.9s");
  }

  @Test
  void compactShowsMinutesAndHoursBeyond() {
    assertThat(Durations.compact(125_000 * MS)).isEqualTo("2m05s");
    assertThat(Durations.compact(3_723_000 * MS)).isEqualTo("1h02m");
  }

  @Test
  void compactShowsANegativeSpanAsZero() {
    assertThat(Durations.compact(-5)).isEqualTo("0ms");
  }

  @Test
  void tickUsesSecondsForSpansOfASecondOrMore() {
    long span = 3_000 * MS;
    assertThat(Durations.tick(0, span)).isEqualTo("0s");
    assertThat(Durations.tick(1_500 * MS, span)).isEqualTo("1.5s");
    assertThat(Durations.tick(span, span)).isEqualTo("3.0s");
    assertThat(Durations.tick(1_449 * MS, span)).isEqualTo("1.4s");
  }

  @Test
  void tickUsesMillisecondsForShorterSpans() {
    assertThat(Durations.tick(0, 40 * MS)).isEqualTo("0ms");
    assertThat(Durations.tick(20 * MS, 40 * MS)).isEqualTo("20ms");
  }
}
