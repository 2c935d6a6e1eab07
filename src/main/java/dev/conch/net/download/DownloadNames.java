package dev.conch.net.download;

import dev.conch.net.SchemeGuess;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a download fetches and under which names: every URL an absolute http or https one with a
 * host; each file named as given in {@code names:} (by URL), else by the last segment of the URL's
 * path, percent-decoded, as {@code curl -O} and {@code wget} do. A name is a plain file name: never
 * empty, {@code .}, {@code ..}, nor holding a {@code /}, so nothing is written outside the target
 * directory. Stateless.
 */
final class DownloadNames {
  private DownloadNames() {}

  /**
   * {@code spec} (a String, {@link URI} or {@link URL}) as an http(s) URI.
   *
   * @throws DownloadError {@code download.url} when it is not one
   */
  static URI url(Object spec) {
    String text = String.valueOf(spec).strip();
    Optional<String> meant = SchemeGuess.of(text);
    if (meant.isPresent()) {
      throw DownloadError.noScheme(text, meant.get());
    }
    URI url;
    try {
      url = spec instanceof URI uri ? uri : new URI(text);
    } catch (URISyntaxException e) {
      throw DownloadError.url(text);
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw DownloadError.url(text);
    }
    return url;
  }

  /**
   * The name {@code url} is saved under.
   *
   * @throws DownloadError when the URL's path ends without a name and none is given, or the name is
   *     not a plain file name
   */
  static String name(URI url, Map<String, String> names) {
    String given = names.get(url.toString());
    String name = given != null ? given : lastSegment(url);
    if (name.isEmpty() && given == null) {
      throw DownloadError.noName(url.toString());
    }
    if (name.isEmpty()
        || name.equals(".")
        || name.equals("..")
        || name.contains("/")
        || name.indexOf('\0') >= 0) {
      throw DownloadError.badName(url.toString(), name);
    }
    return name;
  }

  /** The last segment of the URL's path, percent-decoded; empty when the path ends with /. */
  private static String lastSegment(URI url) {
    String raw = url.getRawPath() == null ? "" : url.getRawPath();
    String segment = raw.substring(raw.lastIndexOf('/') + 1);
    return segment.isEmpty() ? "" : URI.create("./" + segment).getPath().substring(2);
  }
}
