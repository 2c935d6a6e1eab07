package dev.conch.net.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One page that {@code fetch} got: its status, headers and body, and the body read as text, JSON or
 * HTML. The getters suit Groovy: {@code page.status}, {@code page.json.name}, {@code
 * page.html.title()}.
 *
 * <p>Thread-safe. What the server sent is immutable ({@link #getBytes()} gives a copy); the text,
 * the JSON and the HTML are worked out on first use, once. The JSON's Maps and Lists and the jsoup
 * {@link Document} are the same objects on every call, and mutable: a task that changes them
 * changes them for every task that reads this page.
 */
public final class Page {
  private final String url;
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final long elapsedNanos;
  private volatile String text; // worked out on first use; any thread may race to do it
  private Object json; // guarded by this
  private boolean jsonRead; // guarded by this
  private Document html; // guarded by this

  /**
   * A page from {@code url} (the final one, after redirects).
   *
   * @param headers names in lower case, each with its values in the order they came
   */
  Page(String url, int status, Map<String, List<String>> headers, byte[] body, long elapsedNanos) {
    this.url = url;
    this.status = status;
    this.headers = sorted(headers);
    this.body = body;
    this.elapsedNanos = elapsedNanos;
  }

  private static Map<String, List<String>> sorted(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  /** The HTTP status: 200, 404… */
  public int getStatus() {
    return status;
  }

  /** True for a status from 200 to 299. */
  public boolean isOk() {
    return status >= 200 && status <= 299;
  }

  /** The URL the page came from, after redirects. */
  public String getUrl() {
    return url;
  }

  /** The response headers, names in lower case, each with its values in order. Unmodifiable. */
  public Map<String, List<String>> getHeaders() {
    return headers;
  }

  /** The first value of the header {@code name} (any case), or null when there is none. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /** The body as it came, a copy. */
  public byte[] getBytes() {
    return body.clone();
  }

  /** The body's length in bytes. */
  public int getSize() {
    return body.length;
  }

  /** Seconds from sending the request to the last byte of the body. */
  public double getElapsed() {
    return elapsedNanos / 1e9;
  }

  /** The body as text, in the charset that Content-Type names (UTF-8 when it names none). */
  public String getText() {
    String decoded = text;
    if (decoded == null) {
      Charset charset = charset();
      decoded = new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
      text = decoded;
    }
    return decoded;
  }

  /**
   * The body read as JSON: a Map, a List, a String, a number, a boolean or null.
   *
   * @throws FetchError when the body is empty or not JSON
   */
  public synchronized Object getJson() {
    if (!jsonRead) {
      json = FetchJson.read(url, body);
      jsonRead = true;
    }
    return json;
  }

  /**
   * The body parsed as HTML, relative links resolved against {@link #getUrl()}: {@code
   * html.select('a[href]')*.absUrl('href')}. The charset is Content-Type's, else the page's own
   * {@code <meta charset>}, else UTF-8.
   */
  public synchronized Document getHtml() {
    if (html == null) {
      Charset charset = charset();
      try {
        html =
            Jsoup.parse(
                new ByteArrayInputStream(body), charset == null ? null : charset.name(), url);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // reading an array: cannot happen
      }
    }
    return html;
  }

  /** The charset named by Content-Type, or null when it names none the JDK knows. */
  Charset charset() {
    String type = header("content-type");
    if (type == null) {
      return null;
    }
    for (String part : type.split(";")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        return charsetNamed(pair[1].strip().replace("\"", "").replace("'", ""));
      }
    }
    return null;
  }

  private static Charset charsetNamed(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** {@code 200 http://127.0.0.1:8000/a.html (1,234 bytes, 12.3 ms)}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d %s (%,d %s, %s)",
        status,
        url,
        body.length,
        body.length == 1 ? "byte" : "bytes",
        duration(elapsedNanos));
  }

  /** {@code 12.3 ms} under a second, {@code 1.23 s} from a second on. */
  static String duration(long nanos) {
    return nanos < 1_000_000_000L
        ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
        : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
