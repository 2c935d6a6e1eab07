package dev.conch.net.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The options of {@code serve} and the rates a learner writes. */
class ServeOptionsTest {
  @Test
  void ratesReadAsLearnersWriteThem() {
    assertThat(ServeOptions.parseRate("8 MiB/s")).isEqualTo(8L << 20);
    assertThat(ServeOptions.parseRate("500 KiB/s")).isEqualTo(500L << 10);
    assertThat(ServeOptions.parseRate("1 MB/s")).isEqualTo(1_000_000);
    assertThat(ServeOptions.parseRate("1.5 MiB/s")).isEqualTo(3L << 19);
    assertThat(ServeOptions.parseRate("2 kB/s")).isEqualTo(2000);
    assertThat(ServeOptions.parseRate("1 GiB/s")).isEqualTo(1L << 30);
    assertThat(ServeOptions.parseRate("8M")).isEqualTo(8L << 20);
    assertThat(ServeOptions.parseRate("64k")).isEqualTo(64L << 10);
    assertThat(ServeOptions.parseRate(" 1000 ")).isEqualTo(1000);
    assertThat(ServeOptions.parseRate("1000 B/s")).isEqualTo(1000);
    assertThat(ServeOptions.parseRate("0")).isZero();
  }

  @Test
  void aTextThatIsNotARateIsRefusedWithExamples() {
    for (String bad : new String[] {"", "fast", "8 Mb/s", "-1 MiB/s", "8 MiB/h", "1,5 MiB/s"}) {
      assertThatThrownBy(() -> ServeOptions.parseRate(bad))
          .isInstanceOf(ServeInputError.class)
          .hasMessage(
              "'"
                  + bad
                  + "' is not a rate; give bytes per second, such as '8 MiB/s', '500 KiB/s' or"
                  + " '1 MB/s' (0 for no limit)");
    }
  }

  @Test
  void aRateBelowAByteOrAboveATebibyteIsRefused() {
    assertThatThrownBy(() -> ServeOptions.parseRate("0.1 B/s"))
        .isInstanceOf(ServeInputError.class)
        .hasMessage("option 'rate' must be from 0 (no limit) to 1024 GiB/s, not 0.1 B/s");
    assertThatThrownBy(() -> ServeOptions.parseRate("2000 GiB/s"))
        .hasMessage("option 'rate' must be from 0 (no limit) to 1024 GiB/s, not 2000 GiB/s");
  }

  @Test
  void ratesAreShownInTheirRoundestUnit() {
    assertThat(ServeOptions.rateText(8L << 20)).isEqualTo("8 MiB/s");
    assertThat(ServeOptions.rateText(500L << 10)).isEqualTo("500 KiB/s");
    assertThat(ServeOptions.rateText(1_000_000)).isEqualTo("1 MB/s");
    assertThat(ServeOptions.rateText(1500)).isEqualTo("1500 B/s");
  }

  @Test
  void optionsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ServeOptions.DEFAULTS.withPort(70000))
        .hasMessage("option 'port' must be a whole number from 0 to 65535, not 70000");
    assertThatThrownBy(() -> ServeOptions.DEFAULTS.withLatencyMillis(-5))
        .hasMessage(
            "option 'latency' must be a whole number of milliseconds from 0 to 60000, not -5");
    assertThatThrownBy(() -> ServeOptions.DEFAULTS.withBytesPerSecond(-1))
        .hasMessage("option 'rate' must be from 0 (no limit) to 1024 GiB/s, not -1");
  }

  @Test
  void theDefaultsKeepItOnThisMachineAndFast() {
    assertThat(ServeOptions.DEFAULTS)
        .isEqualTo(new ServeOptions("127.0.0.1", 0, 0, 0))
        .isEqualTo(new ServeOptions(null, 0, 0, 0))
        .isEqualTo(new ServeOptions(" ", 0, 0, 0));
  }
}
