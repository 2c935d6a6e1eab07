package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.UsageError;
import dev.conch.net.serve.ServeInputError;
import dev.conch.net.serve.ServeOptions;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;

/**
 * What {@code serve} is given: the directory (a path, a file or text) and the named options {@code
 * host:}, {@code port:}, {@code latency:} (ms per request and per new connection) and {@code rate:}
 * (per connection: {@code '8 MiB/s'}, or bytes per second). Checked with one clear error each.
 * Immutable.
 *
 * @param dir the directory to serve
 * @param options how to serve it
 */
record ServeArgs(Path dir, ServeOptions options) {
  private static final String NAME = "serve";

  /**
   * Parses {@code dir} and {@code given}.
   *
   * @throws UsageError naming what is wrong and what is expected
   */
  static ServeArgs parse(Map<String, ?> given, Object dir) {
    Builtins.checkOptions(NAME, given);
    try {
      ServeOptions options = ServeOptions.DEFAULTS;
      if (given.containsKey("host")) {
        options = options.withHost(String.valueOf(given.get("host")));
      }
      if (given.containsKey("port")) {
        options = options.withPort(whole(given.get("port"), "usage.serve.port.range"));
      }
      if (given.containsKey("latency")) {
        options = options.withLatencyMillis(whole(given.get("latency"), "usage.serve.latency"));
      }
      if (given.containsKey("rate")) {
        Object rate = given.get("rate");
        options =
            options.withBytesPerSecond(
                rate instanceof Number n
                    ? n.longValue()
                    : ServeOptions.parseRate(String.valueOf(rate)));
      }
      return new ServeArgs(path(dir), options);
    } catch (ServeInputError e) {
      throw new UsageError(Builtins.find(NAME).orElseThrow(), e.key(), e.args());
    }
  }

  private static Path path(Object dir) {
    return switch (dir) {
      case Path p -> p;
      case File f -> f.toPath();
      case CharSequence text -> Path.of(text.toString());
      case null, default ->
          throw new UsageError(Builtins.find(NAME).orElseThrow(), "usage.serve.dir", dir);
    };
  }

  private static int whole(Object value, String key) {
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      BigInteger n = new BigInteger(value.toString());
      if (n.bitLength() < 32) {
        return n.intValue();
      }
    }
    throw new UsageError(Builtins.find(NAME).orElseThrow(), key, value);
  }
}
