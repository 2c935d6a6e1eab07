package dev.conch.net.fetch;

import dev.conch.runtime.Seconds;
import dev.conch.runtime.errors.MisuseError;
import dev.conch.runtime.errors.ValueError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How {@code fetch} asks for one page. Immutable: the headers are copied, and so are the bytes of a
 * {@code byte[]} body; a Map or List body is copied when it is sent, not here.
 *
 * @param timeoutSeconds how long the whole request may take, from connecting to the last byte
 * @param headers request headers; a value that is a collection sends the header once per element
 * @param method the HTTP method, or null for GET (POST when there is a body)
 * @param body null, a String, bytes, or a Map or List sent as JSON
 * @param check whether a status outside 200–299 throws instead of returning the page
 */
public record FetchOptions(
    double timeoutSeconds, Map<String, ?> headers, String method, Object body, boolean check) {

  /** The defaults: 30 s, no headers, GET, no body, no check. */
  public static final FetchOptions DEFAULTS = new FetchOptions(30, Map.of(), null, null, false);

  /**
   * @throws MisuseError when the timeout is not a positive number of seconds
   */
  public FetchOptions {
    if (!(timeoutSeconds > 0) || Double.isInfinite(timeoutSeconds)) {
      throw new ValueError(
          "fetch.timeout.range",
          "fetch: timeout must be a number of seconds above 0, not %s",
          Double.isFinite(timeoutSeconds) ? Seconds.text(timeoutSeconds) : timeoutSeconds);
    }
    headers =
        headers == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<String, Object>(headers));
    body = body instanceof byte[] bytes ? bytes.clone() : body;
  }

  /** The body to send; bytes come as a copy. */
  @Override
  public Object body() {
    return body instanceof byte[] bytes ? bytes.clone() : body;
  }

  /** The method to send: the one given in upper case, else POST with a body and GET without. */
  public String methodToSend() {
    if (method != null && !method.isBlank()) {
      return method.strip().toUpperCase(java.util.Locale.ROOT);
    }
    return body == null ? "GET" : "POST";
  }

  /** These options with {@code seconds} as the timeout. */
  public FetchOptions withTimeout(double seconds) {
    return new FetchOptions(seconds, headers, method, body, check);
  }

  /** These options with {@code newHeaders} instead of the headers they had. */
  public FetchOptions withHeaders(Map<String, ?> newHeaders) {
    return new FetchOptions(timeoutSeconds, newHeaders, method, body, check);
  }

  /** These options with {@code newMethod} (null: GET, or POST with a body). */
  public FetchOptions withMethod(String newMethod) {
    return new FetchOptions(timeoutSeconds, headers, newMethod, body, check);
  }

  /** These options with {@code newBody}: null, a String, bytes, or a Map or List for JSON. */
  public FetchOptions withBody(Object newBody) {
    return new FetchOptions(timeoutSeconds, headers, method, newBody, check);
  }

  /** These options with {@code newCheck}: whether a status outside 200–299 throws. */
  public FetchOptions withCheck(boolean newCheck) {
    return new FetchOptions(timeoutSeconds, headers, method, body, newCheck);
  }
}
