package dev.conch.net.download;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sha256 each file must have: none, one bare hash (for a single URL), a map from URL or file
 * name to hash, or a {@code SHA256SUMS} file or URL in the format of {@code sha256sum} ({@code hex
 * name}, {@code hex *name}) or of BSD's {@code sha256 -r}/{@code shasum --tag} ({@code SHA256
 * (name) = hex}). A sums URL is read when the download starts ({@link #fetched}); everything else
 * when it is made. Immutable and thread-safe.
 */
public final class DownloadChecksums {
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern GNU = Pattern.compile("\\\\?([0-9a-fA-F]{64}) [ *](.+)");
  private static final Pattern BSD = Pattern.compile("SHA256 ?\\((.+)\\) ?= ?([0-9a-fA-F]{64})");
  private static final DownloadChecksums NONE = new DownloadChecksums(null, Map.of(), null);

  private final String single;
  private final Map<String, String> byKey;
  private final Map<String, String> byLastSegment; // of keys with a '/'; "" when two share one
  private final URI sumsUrl;

  private DownloadChecksums(String single, Map<String, String> byKey, URI sumsUrl) {
    this.single = single;
    this.byKey = Map.copyOf(byKey);
    this.byLastSegment = lastSegments(byKey);
    this.sumsUrl = sumsUrl;
  }

  /**
   * The hashes of the keys that have a path, by their last segment, once: a lookup per file used to
   * walk every key, 200 × 200 for 200 files.
   */
  private static Map<String, String> lastSegments(Map<String, String> byKey) {
    Map<String, String> last = new HashMap<>();
    byKey.forEach(
        (key, hash) -> {
          int slash = key.lastIndexOf('/');
          if (slash >= 0) {
            last.merge(key.substring(slash + 1), hash, (one, two) -> "");
          }
        });
    return Map.copyOf(last);
  }

  /** No hashes: files are checked by their length only. */
  public static DownloadChecksums none() {
    return NONE;
  }

  /**
   * What a learner wrote after {@code sha256:}: null for none; a map of URL or name to hash; 64 hex
   * digits; an http(s) URL or a path (String, {@link Path}, {@link File}) of a SHA256SUMS.
   *
   * @throws DownloadError when a hash is not 64 hex digits or a sums file cannot be read
   */
  public static DownloadChecksums of(Object spec) {
    return switch (spec) {
      case null -> NONE;
      case DownloadChecksums sums -> sums;
      case Map<?, ?> map -> byKey(map);
      case Path path -> sumsFile(path);
      case File file -> sumsFile(file.toPath());
      case URI uri -> sumsUrl(uri);
      case URL url -> sumsUrl(URI.create(url.toString()));
      default -> ofText(spec.toString().strip());
    };
  }

  private static DownloadChecksums ofText(String text) {
    if (HEX.matcher(text).matches()) {
      return single(text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return sumsUrl(URI.create(text));
    }
    return sumsFile(Path.of(text));
  }

  /** One hash, for a download of one URL. */
  public static DownloadChecksums single(String hex) {
    return new DownloadChecksums(hex(hex), Map.of(), null);
  }

  /** A hash for each URL or file name that {@code map} names. */
  public static DownloadChecksums byKey(Map<?, ?> map) {
    Map<String, String> hashes = new LinkedHashMap<>();
    map.forEach((key, value) -> hashes.put(String.valueOf(key), hex(String.valueOf(value))));
    return new DownloadChecksums(null, hashes, null);
  }

  /** The hashes of a SHA256SUMS file, read now. */
  public static DownloadChecksums sumsFile(Path file) {
    try {
      return new DownloadChecksums(null, parse(Files.readString(file), file.toString()), null);
    } catch (IOException e) {
      throw DownloadError.sums(file.toString(), DownloadError.reason(e));
    }
  }

  /** The hashes of a SHA256SUMS at {@code url}, read when the download starts. */
  public static DownloadChecksums sumsUrl(URI url) {
    return new DownloadChecksums(null, Map.of(), url);
  }

  /**
   * The hashes of a SHA256SUMS text by file name, in its order; comments and lines of another form
   * are skipped.
   *
   * @throws DownloadError when no line holds a hash
   */
  public static Map<String, String> parse(String text, String source) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String line : text.lines().map(String::strip).toList()) {
      Matcher gnu = GNU.matcher(line);
      Matcher bsd = BSD.matcher(line);
      if (gnu.matches()) {
        hashes.put(plain(gnu.group(2)), gnu.group(1).toLowerCase(Locale.ROOT));
      } else if (bsd.matches()) {
        hashes.put(plain(bsd.group(1)), bsd.group(2).toLowerCase(Locale.ROOT));
      }
    }
    if (hashes.isEmpty()) {
      throw DownloadError.sums(source, "no line of the form 'hex  name'");
    }
    return hashes;
  }

  private static String plain(String name) {
    return name.startsWith("./") ? name.substring(2) : name;
  }

  /** {@code text} as a lower-case hash. */
  private static String hex(String text) {
    String hex = text.strip();
    if (hex.length() != 64 || !HEX.matcher(hex).matches()) {
      throw DownloadError.badSha(text);
    }
    return hex.toLowerCase(Locale.ROOT);
  }

  /** Whether this is one bare hash, which fits a download of one URL only. */
  boolean isSingle() {
    return single != null;
  }

  /** The SHA256SUMS URL still to be read, or null. */
  URI sumsUrl() {
    return sumsUrl;
  }

  /** These checksums with the sums read from {@link #sumsUrl()}. */
  DownloadChecksums fetched(String text) {
    return new DownloadChecksums(null, parse(text, sumsUrl.toString()), null);
  }

  /**
   * The hash expected for the file {@code name} fetched from {@code url}: the single one, the map's
   * entry for the URL, then for the name, then for the only entry whose last path segment is the
   * name; null when none.
   */
  String expected(String url, String name) {
    if (single != null) {
      return single;
    }
    if (byKey.isEmpty()) {
      return null;
    }
    String hash = byKey.getOrDefault(url, byKey.get(name));
    if (hash != null) {
      return hash;
    }
    String tail = byLastSegment.get(name);
    return tail == null || tail.isEmpty() ? null : tail;
  }

  /**
   * The sha256 of {@code file} in lower-case hex. Interruptible: the channel closes and {@link
   * java.nio.channels.ClosedByInterruptException} is thrown.
   */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    try (FileChannel channel = FileChannel.open(file)) {
      while (channel.read(buffer.clear()) >= 0) {
        digest.update(buffer.flip());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** {@code sha256 none}, {@code sha256 3 names}, {@code sha256 from URL}. */
  @Override
  public String toString() {
    if (sumsUrl != null) {
      return "sha256 from " + sumsUrl;
    }
    return single != null ? "sha256 " + single : "sha256 " + byKey.size() + " names";
  }
}
