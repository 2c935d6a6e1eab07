package dev.conch.net.fetch;

/**
 * What a task waits for while {@code fetch} is in flight, as {@code /tasks} names it: {@code fetch
 * http://127.0.0.1:8000/a.html}, with the method when it is not GET ({@code fetch POST …}).
 * Immutable.
 *
 * @param method the HTTP method sent
 * @param url the URL as the learner wrote it
 */
public record PageRequest(String method, String url) {
  @Override
  public String toString() {
    return "GET".equals(method) ? "fetch " + url : "fetch " + method + " " + url;
  }
}
