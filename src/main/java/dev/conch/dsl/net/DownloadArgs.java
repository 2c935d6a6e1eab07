package dev.conch.dsl.net;

import dev.conch.dsl.Builtins;
import dev.conch.dsl.UsageError;
import dev.conch.net.download.DownloadChecksums;
import dev.conch.net.download.DownloadError;
import dev.conch.net.download.DownloadOptions;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named options of {@code download}: {@code to:} (the folder), {@code workers:}, {@code
 * perHost:}, {@code segments:}, {@code retries:}, {@code timeout:} (seconds), {@code sha256:} (a
 * hash, a map of URL or name to hash, or a SHA256SUMS file or URL), {@code names:} (a map of URL to
 * file name) and {@code quiet:}. Checked with one clear error each. Immutable.
 *
 * @param dir the folder the files go to
 * @param options how the download runs
 * @param quiet whether to print nothing but the notes of files started again
 */
record DownloadArgs(Path dir, DownloadOptions options, boolean quiet) {
  private static final String NAME = "download";

  /**
   * Parses {@code given}, the rest from {@link DownloadOptions#DEFAULTS}.
   *
   * @throws UsageError naming the first option that is wrong and what it expects
   */
  static DownloadArgs parse(Map<String, ?> given) {
    Builtins.checkOptions(NAME, given);
    DownloadOptions o = DownloadOptions.DEFAULTS;
    try {
      o = o.withWorkers(whole(given, "workers", o.workers()));
      o = o.withPerHost(whole(given, "perHost", o.perHost()));
      o = o.withSegments(whole(given, "segments", o.segments()), o.minSegmentBytes());
      o = o.withRetries(whole(given, "retries", o.retries()), o.backoffMillis());
      if (given.containsKey("timeout")) {
        Object t = given.get("timeout");
        if (!(t instanceof Number n) || !(n.doubleValue() > 0)) {
          throw usage("usage.download.timeout", t);
        }
        o = o.withTimeout(Math.max(1, Math.round(n.doubleValue() * 1000)));
      }
      if (given.containsKey("sha256")) {
        o = o.withSha256(DownloadChecksums.of(given.get("sha256")));
      }
      if (given.containsKey("names")) {
        o = o.withNames(names(given.get("names")));
      }
    } catch (DownloadError e) {
      throw usage("usage.download.wrapped", DownloadCall.unprefixed(e));
    }
    Object quiet = given.containsKey("quiet") ? given.get("quiet") : Boolean.FALSE;
    if (!(quiet instanceof Boolean q)) {
      throw usage("usage.download.flag", "quiet", quiet);
    }
    return new DownloadArgs(dir(given.get("to")), o, q);
  }

  private static Path dir(Object to) {
    return switch (to) {
      case null -> Path.of(".");
      case Path p -> p;
      case File f -> f.toPath();
      case CharSequence text -> Path.of(text.toString());
      default -> throw usage("usage.download.to", to);
    };
  }

  private static Map<String, String> names(Object given) {
    if (!(given instanceof Map<?, ?> map)) {
      throw usage("usage.download.names", given);
    }
    Map<String, String> names = new LinkedHashMap<>();
    map.forEach((k, v) -> names.put(String.valueOf(k), String.valueOf(v)));
    return names;
  }

  private static int whole(Map<String, ?> given, String key, int dflt) {
    if (!given.containsKey(key)) {
      return dflt;
    }
    Object value = given.get(key);
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      BigInteger n = new BigInteger(value.toString());
      if (n.signum() >= 0 && n.bitLength() < 16) {
        return n.intValue();
      }
    }
    throw usage("usage.download.whole", key, value);
  }

  private static UsageError usage(String key, Object... args) {
    return new UsageError(Builtins.find(NAME).orElseThrow(), key, args);
  }
}
