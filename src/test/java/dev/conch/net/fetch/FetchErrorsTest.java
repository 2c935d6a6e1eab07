package dev.conch.net.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conch.runtime.errors.KeyedError;
import dev.conch.runtime.errors.MisuseError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one-line errors of {@code fetch} for what cannot be sent, found before anything is: no server
 * is needed and nothing leaves the machine.
 */
@Timeout(30)
class FetchErrorsTest {
  private static final String PAGE = "http://127.0.0.1:8000/a.html";

  private final PageFetcher fetcher = new PageFetcher();

  @AfterEach
  void stop() {
    fetcher.close();
  }

  private void assertFails(ThrowingCallable call, String key, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(KeyedError.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessage(message);
  }

  private void assertFails(String url, FetchOptions options, String key, String message) {
    assertFails(() -> fetcher.fetch(url, options), key, message);
  }

  @Test
  void aNameUnderInvalidIsUnknownWithoutAskingAnyNameServer() {
    assertFails(
        "http://nowhere.invalid/a",
        FetchOptions.DEFAULTS,
        "fetch.host.unknown",
        "fetch: http://nowhere.invalid/a: unknown host nowhere.invalid");
    assertFails(
        " https://INVALID./ ",
        FetchOptions.DEFAULTS,
        "fetch.host.unknown",
        "fetch: https://INVALID./: unknown host INVALID.");
  }

  @Test
  void aUrlThatIsNotHttpSaysSo() {
    assertFails(
        "ftp://127.0.0.1/x",
        FetchOptions.DEFAULTS,
        "fetch.url.scheme",
        "fetch: ftp://127.0.0.1/x: not an http or https URL");
    assertFails(
        "a.html",
        FetchOptions.DEFAULTS,
        "fetch.url.scheme",
        "fetch: a.html: not an http or https URL");
    assertFails(
        "localhost:8000/a.html",
        FetchOptions.DEFAULTS,
        "fetch.url.noscheme",
        "fetch: localhost:8000/a.html: a URL starts with http:// or https://; did you mean"
            + " http://localhost:8000/a.html?");
  }

  @Test
  void aMalformedUrlSaysWhereItGoesWrong() {
    assertFails(
        "http://127.0.0.1/a b",
        FetchOptions.DEFAULTS,
        "fetch.url.malformed",
        "fetch: http://127.0.0.1/a b: not a valid URL (illegal character in path at index 18)");
    assertFails(
        "http:///a",
        FetchOptions.DEFAULTS,
        "fetch.url.host",
        "fetch: http:///a: the URL names no host");
  }

  @Test
  void aMethodHeaderOrBodyThatCannotBeSentSaysWhich() {
    assertFails(
        PAGE,
        FetchOptions.DEFAULTS.withMethod("GE T"),
        "fetch.method",
        "fetch: " + PAGE + ": 'GE T' is not an HTTP method");
    assertFails(
        PAGE,
        FetchOptions.DEFAULTS.withHeaders(Map.of("Host", "x")),
        "fetch.header",
        "fetch: " + PAGE + ": cannot send header 'Host' (restricted header name: \"Host\")");
    assertFails(
        PAGE,
        FetchOptions.DEFAULTS.withBody(42),
        "fetch.body.type",
        "fetch: "
            + PAGE
            + ": cannot send a body of type Integer: give a String, bytes, a Map or a List");
  }

  @Test
  void aTimeoutThatIsNoPositiveNumberIsAMisuse() {
    assertThatThrownBy(() -> FetchOptions.DEFAULTS.withTimeout(0))
        .isInstanceOfSatisfying(
            MisuseError.class, e -> assertThat(e.key()).isEqualTo("fetch.timeout.range"))
        .hasMessage("fetch: timeout must be a number of seconds above 0, not 0");
    assertThatThrownBy(() -> FetchOptions.DEFAULTS.withTimeout(Double.NaN))
        .hasMessage("fetch: timeout must be a number of seconds above 0, not NaN");
  }

  @Test
  void aBodyThatIsNotJsonSaysWhere() {
    Page html = new Page(PAGE, 200, Map.of(), "<html>".getBytes(), 1);
    Page empty = new Page(PAGE, 200, Map.of(), new byte[0], 1);

    assertFails(
        html::getJson,
        "fetch.json",
        "fetch: " + PAGE + ": the body is not JSON (line 1, column 1)");
    assertFails(
        empty::getJson, "fetch.json.empty", "fetch: " + PAGE + ": the body is empty, not JSON");
  }

  @Test
  void failuresInFlightBecomeOneLine() {
    assertThat(PageFetcher.failure(PAGE, new HttpConnectTimeoutException("connect"), 30))
        .hasMessage("fetch: " + PAGE + ": no connection within 10 s")
        .satisfies(e -> assertThat(e.key()).isEqualTo("fetch.connect.timeout"));
    assertThat(PageFetcher.failure(PAGE, new HttpConnectTimeoutException("connect"), 2.5))
        .hasMessage("fetch: " + PAGE + ": no connection within 2.5 s");
    assertThat(PageFetcher.failure(PAGE, new IOException("Connection reset"), 30))
        .hasMessage("fetch: " + PAGE + ": connection reset")
        .satisfies(e -> assertThat(e.key()).isEqualTo("fetch.failed"));
    assertThat(PageFetcher.failure(PAGE, new IOException(new ConnectException()), 30))
        .hasMessage("fetch: " + PAGE + ": connection refused");
    ConnectException unresolved = new ConnectException();
    unresolved.initCause(new UnresolvedAddressException());
    assertThat(PageFetcher.failure("http://nowhere.example/", unresolved, 30))
        .hasMessage("fetch: http://nowhere.example/: unknown host nowhere.example")
        .satisfies(e -> assertThat(e.key()).isEqualTo("fetch.host.unknown"));
  }
}
