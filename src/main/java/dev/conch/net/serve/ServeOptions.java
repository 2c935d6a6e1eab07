package dev.conch.net.serve;

import dev.conch.net.serve.ServeInputError.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@code serve} listens and how slow its link is: latency added to every request (and once
 * more to the first request of a new connection, as a TCP handshake would cost), and a cap on the
 * bytes per second each connection may receive. 0 turns either off. Immutable.
 *
 * @param host the address to listen on: {@code 127.0.0.1} (this machine only, the default), or
 *     {@code 0.0.0.0} to share beyond this machine
 * @param port the port, or 0 for a free one
 * @param latencyMillis added before each request is answered, and once more on a new connection
 * @param bytesPerSecond the most each connection receives per second; 0 for no limit
 * @throws ServeInputError when the port, the latency or the rate is out of range
 */
public record ServeOptions(String host, int port, int latencyMillis, long bytesPerSecond) {
  /** The host when none is given: this machine only. */
  public static final String LOCAL_HOST = "127.0.0.1";

  /** The longest latency: a minute. */
  public static final int MAX_LATENCY_MILLIS = 60_000;

  /** The highest rate: a TiB per second. */
  public static final long MAX_BYTES_PER_SECOND = 1L << 40;

  /** This machine only, a free port, a fast link. */
  public static final ServeOptions DEFAULTS = new ServeOptions(LOCAL_HOST, 0, 0, 0);

  // a number, a unit (B, kB, MB, GB, KiB, MiB, GiB, or K, M, G as curl's binary multiples), "/s"
  private static final Pattern RATE =
      Pattern.compile(
          "\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(?:([kKmMgG])(i?)(B?)|B)?\\s*(?:/\\s*s(?:ec)?)?\\s*");

  public ServeOptions {
    host = host == null || host.isBlank() ? LOCAL_HOST : host.strip();
    if (port < 0 || port > 65535) {
      throw new ServeInputError(Problem.PORT_RANGE, port);
    }
    if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MILLIS) {
      throw new ServeInputError(Problem.LATENCY_RANGE, MAX_LATENCY_MILLIS, latencyMillis);
    }
    if (bytesPerSecond < 0 || bytesPerSecond > MAX_BYTES_PER_SECOND) {
      throw new ServeInputError(Problem.RATE_RANGE, rateText(MAX_BYTES_PER_SECOND), bytesPerSecond);
    }
  }

  /** These options listening on {@code host}. */
  public ServeOptions withHost(String host) {
    return new ServeOptions(host, port, latencyMillis, bytesPerSecond);
  }

  /** These options listening on {@code port} (0: a free one). */
  public ServeOptions withPort(int port) {
    return new ServeOptions(host, port, latencyMillis, bytesPerSecond);
  }

  /** These options with {@code latencyMillis} per request (0: none). */
  public ServeOptions withLatencyMillis(int latencyMillis) {
    return new ServeOptions(host, port, latencyMillis, bytesPerSecond);
  }

  /** These options with each connection capped at {@code bytesPerSecond} (0: no limit). */
  public ServeOptions withBytesPerSecond(long bytesPerSecond) {
    return new ServeOptions(host, port, latencyMillis, bytesPerSecond);
  }

  /**
   * Reads a rate such as {@code '8 MiB/s'}, {@code '500 KiB/s'}, {@code '1 MB/s'}, {@code '1.5
   * MiB/s'}, {@code '8M'} (K, M and G alone are binary, as in curl's {@code --limit-rate}) or
   * {@code '1000'} (bytes per second). The {@code B} is a byte; bits are not accepted.
   *
   * @return bytes per second, 0 for {@code '0'}
   * @throws ServeInputError when the text is not a rate, or names less than a byte or more than
   *     {@link #MAX_BYTES_PER_SECOND} per second
   */
  public static long parseRate(String text) {
    Matcher m = RATE.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new ServeInputError(Problem.RATE_TEXT, text);
    }
    BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit(m)));
    long rounded;
    try {
      rounded = bytes.setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException e) {
      throw new ServeInputError(Problem.RATE_RANGE, rateText(MAX_BYTES_PER_SECOND), text.strip());
    }
    if (rounded > MAX_BYTES_PER_SECOND || (rounded == 0 && bytes.signum() > 0)) {
      throw new ServeInputError(Problem.RATE_RANGE, rateText(MAX_BYTES_PER_SECOND), text.strip());
    }
    return rounded;
  }

  /** The multiplier of the unit matched: 1 for bytes, powers of 1000 or of 1024. */
  private static long unit(Matcher m) {
    String prefix = m.group(2);
    if (prefix == null) {
      return 1;
    }
    int power = "kmg".indexOf(Character.toLowerCase(prefix.charAt(0))) + 1;
    boolean binary = !m.group(3).isEmpty() || m.group(4).isEmpty();
    long base = binary ? 1024 : 1000;
    long unit = 1;
    for (int i = 0; i < power; i++) {
      unit *= base;
    }
    return unit;
  }

  /** A rate as a learner would write it: {@code 8 MiB/s}, {@code 1 MB/s}, {@code 1500 B/s}. */
  public static String rateText(long bytesPerSecond) {
    String[] binary = {"GiB", "MiB", "KiB"};
    String[] decimal = {"GB", "MB", "kB"};
    for (int i = 0; i < 3; i++) {
      long b = 1L << (10 * (3 - i));
      long d = (long) Math.pow(1000, 3 - i);
      if (bytesPerSecond >= b && bytesPerSecond % b == 0) {
        return String.format(Locale.ROOT, "%d %s/s", bytesPerSecond / b, binary[i]);
      }
      if (bytesPerSecond >= d && bytesPerSecond % d == 0) {
        return String.format(Locale.ROOT, "%d %s/s", bytesPerSecond / d, decimal[i]);
      }
    }
    return bytesPerSecond + " B/s";
  }
}
