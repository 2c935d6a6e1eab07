package dev.conch.net.fetch;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.KeyedError;

/**
 * Why {@code fetch} has no page to give: the URL cannot be fetched, nothing answered in time, or
 * the page came with an error status while {@code check} was on. One line that names the URL, such
 * as {@code fetch: http://127.0.0.1:9/: connection refused}; {@link #key()} and {@link #args()} let
 * the shell say it from the bundle entry {@code runtime.<key>}. Every key is made here. Immutable.
 */
public final class FetchError extends KeyedError {
  private static final long serialVersionUID = 1L;

  private final transient Page page; // only for an error status; not sent to child processes

  private FetchError(String key, Page page, Throwable cause, String english, Object... args) {
    super(key, cause, english, args);
    this.page = page;
  }

  /** The page that came with an error status (with {@code check: true}), else null. */
  public Page page() {
    return page;
  }

  static FetchError malformed(String url, String reason) {
    return new FetchError(
        "fetch.url.malformed", null, null, "fetch: %s: not a valid URL (%s)", url, reason);
  }

  static FetchError noScheme(String url, String meant) {
    return new FetchError(
        "fetch.url.noscheme",
        null,
        null,
        "fetch: %s: a URL starts with http:// or https://; did you mean %s?",
        url,
        meant);
  }

  static FetchError notHttp(String url) {
    return new FetchError(
        "fetch.url.scheme", null, null, "fetch: %s: not an http or https URL", url);
  }

  static FetchError noHost(String url) {
    return new FetchError("fetch.url.host", null, null, "fetch: %s: the URL names no host", url);
  }

  static FetchError unknownHost(String url, String host, Throwable cause) {
    return new FetchError(
        "fetch.host.unknown", null, cause, "fetch: %s: unknown host %s", url, host);
  }

  static FetchError refused(String url, Throwable cause) {
    return new FetchError("fetch.refused", null, cause, "fetch: %s: connection refused", url);
  }

  static FetchError timeout(String url, double seconds) {
    return new FetchError(
        "fetch.timeout",
        null,
        null,
        "fetch: %s: no answer within %s s",
        url,
        Seconds.text(seconds));
  }

  static FetchError connectTimeout(String url, double seconds, Throwable cause) {
    return new FetchError(
        "fetch.connect.timeout",
        null,
        cause,
        "fetch: %s: no connection within %s s",
        url,
        Seconds.text(seconds));
  }

  static FetchError failed(String url, String problem, Throwable cause) {
    return new FetchError("fetch.failed", null, cause, "fetch: %s: %s", url, problem);
  }

  static FetchError status(Page page) {
    return new FetchError(
        "fetch.status", page, null, "fetch: %s: HTTP %d", page.getUrl(), page.getStatus());
  }

  static FetchError method(String url, String method) {
    return new FetchError(
        "fetch.method", null, null, "fetch: %s: '%s' is not an HTTP method", url, method);
  }

  static FetchError header(String url, String name, String problem) {
    return new FetchError(
        "fetch.header", null, null, "fetch: %s: cannot send header '%s' (%s)", url, name, problem);
  }

  static FetchError bodyType(String url, String type) {
    return new FetchError(
        "fetch.body.type",
        null,
        null,
        "fetch: %s: cannot send a body of type %s: give a String, bytes, a Map or a List",
        url,
        type);
  }

  static FetchError bodyJson(String url, String problem, Throwable cause) {
    return new FetchError(
        "fetch.body.json",
        null,
        cause,
        "fetch: %s: cannot send the body as JSON (%s)",
        url,
        problem);
  }

  static FetchError notJson(String url, int line, int column) {
    return new FetchError(
        "fetch.json",
        null,
        null,
        "fetch: %s: the body is not JSON (line %d, column %d)",
        url,
        line,
        column);
  }

  static FetchError emptyJson(String url) {
    return new FetchError(
        "fetch.json.empty", null, null, "fetch: %s: the body is empty, not JSON", url);
  }
}
