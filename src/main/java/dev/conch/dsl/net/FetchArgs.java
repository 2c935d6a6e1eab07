package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.UsageError;
import dev.conch.net.fetch.FetchOptions;
import java.util.Map;

/**
 * The named options of {@code fetch}: {@code timeout:} (seconds), {@code headers:} (a map), {@code
 * method:}, {@code body:} (text, bytes, or a map or list sent as JSON) and {@code check:} (a status
 * other than 2xx fails). Stateless.
 */
final class FetchArgs {
  private static final String NAME = "fetch";

  private FetchArgs() {}

  /**
   * The options {@code given}, the rest from {@link FetchOptions#DEFAULTS}.
   *
   * @throws UsageError naming the first option that is wrong and what it expects
   */
  static FetchOptions parse(Map<String, ?> given) {
    Builtins.checkOptions(NAME, given);
    FetchOptions options = FetchOptions.DEFAULTS;
    if (given.containsKey("timeout")) {
      Object timeout = given.get("timeout");
      if (!(timeout instanceof Number n) || !(n.doubleValue() > 0)) {
        throw usage("usage.fetch.timeout", timeout);
      }
      options = options.withTimeout(n.doubleValue());
    }
    if (given.containsKey("headers")) {
      if (!(given.get("headers") instanceof Map<?, ?> headers)) {
        throw usage("usage.fetch.headers", given.get("headers"));
      }
      options = options.withHeaders(stringKeys(headers));
    }
    if (given.containsKey("method")) {
      options = options.withMethod(String.valueOf(given.get("method")));
    }
    if (given.containsKey("body")) {
      options = options.withBody(given.get("body"));
    }
    if (given.containsKey("check")) {
      if (!(given.get("check") instanceof Boolean check)) {
        throw usage("usage.fetch.check", given.get("check"));
      }
      options = options.withCheck(check);
    }
    return options;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> headers) {
    Map<String, Object> named = new java.util.LinkedHashMap<>();
    headers.forEach((k, v) -> named.put(String.valueOf(k), v));
    return named;
  }

  private static UsageError usage(String key, Object... args) {
    return new UsageError(Builtins.find(NAME).orElseThrow(), key, args);
  }
}
