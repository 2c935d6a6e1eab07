package dev.conch.net.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What {@code fetch} gives for one page from a server on 127.0.0.1: status, text, JSON, HTML. */
@Timeout(30)
class FetchTest {
  private PageServer server;
  private PageFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new PageServer();
    fetcher = new PageFetcher();
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private Page fetch(String path) throws InterruptedException {
    return fetcher.fetch(server.url(path), FetchOptions.DEFAULTS);
  }

  private Page fetch(String path, FetchOptions options) throws InterruptedException {
    return fetcher.fetch(server.url(path), options);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  @Test
  void anHtmlPageComesWithItsStatusTextHeadersAndTime() throws InterruptedException {
    Page page = fetch("/a.html");

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.isOk()).isTrue();
    assertThat(page.getUrl()).isEqualTo(server.url("/a.html"));
    assertThat(page.getText()).isEqualTo(PageServer.HTML);
    assertThat(page.getBytes()).isEqualTo(PageServer.HTML.getBytes(StandardCharsets.UTF_8));
    assertThat(page.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(page.getHeaders()).containsEntry("x-conch", List.of("one", "two"));
    assertThat(page.getHeaders().keySet()).allMatch(name -> name.equals(name.toLowerCase()));
    assertThat(page.header("X-Missing")).isNull();
    assertThat(page.getElapsed()).isPositive();
    assertThat(page.toString())
        .matches("200 http://127\\.0\\.0\\.1:\\d+/a\\.html \\(\\d+ bytes, \\d+\\.\\d ms\\)");
  }

  @Test
  void theHtmlIsParsedWithThePageUrlAsItsBase() throws InterruptedException {
    Page page = fetch("/a.html");

    assertThat(page.getHtml().title()).isEqualTo("Conch page");
    assertThat(page.getHtml().select("a[href]").eachAttr("abs:href"))
        .containsExactly(server.url("/b.html"), server.url("/c/d.html"), "https://example.org/x");
    assertThat(page.getHtml()).isSameAs(page.getHtml());
  }

  @Test
  void aJsonBodyBecomesPlainMapsListsAndValues() throws InterruptedException {
    Map<String, Object> json = map(fetch("/data.json").getJson());

    assertThat(json)
        .containsEntry("name", "conch")
        .containsEntry("tags", List.of("a", "b"))
        .containsEntry("n", 3)
        .containsEntry("ratio", 0.5)
        .containsEntry("ok", true)
        .containsEntry("nothing", null);
  }

  @Test
  void aRedirectIsFollowedAndThePageKnowsWhereItEndedUp() throws InterruptedException {
    Page page = fetch("/redirect");

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getUrl()).isEqualTo(server.url("/a.html"));
    assertThat(page.getHtml().select("a").first().absUrl("href")).isEqualTo(server.url("/b.html"));
  }

  @Test
  void anErrorStatusIsAPageLikeAnyOther() throws InterruptedException {
    Page page = fetch("/missing");

    assertThat(page.getStatus()).isEqualTo(404);
    assertThat(page.isOk()).isFalse();
    assertThat(page.getText()).isEqualTo("no such page");
  }

  @Test
  void withCheckAnErrorStatusThrowsNamingTheUrlAndKeepsThePage() {
    String url = server.url("/missing");

    assertThatThrownBy(() -> fetcher.fetch(url, FetchOptions.DEFAULTS.withCheck(true)))
        .isInstanceOfSatisfying(
            FetchError.class,
            e -> {
              assertThat(e).hasMessage("fetch: " + url + ": HTTP 404");
              assertThat(e.key()).isEqualTo("fetch.status");
              assertThat(e.args()).containsExactly(url, 404);
              assertThat(e.page().getText()).isEqualTo("no such page");
            });
  }

  @Test
  void withCheckAGoodPageIsReturned() throws InterruptedException {
    assertThat(fetch("/a.html", FetchOptions.DEFAULTS.withCheck(true)).getStatus()).isEqualTo(200);
  }

  @Test
  void theTextIsDecodedWithTheCharsetOfContentType() throws InterruptedException {
    Page page = fetch("/latin1");

    assertThat(page.getText()).isEqualTo("café crème");
    assertThat(page.getBytes()).hasSize(10);
  }

  @Test
  void aMapBodyIsPostedAsJson() throws InterruptedException {
    Page page = fetch("/echo", FetchOptions.DEFAULTS.withBody(Map.of("name", new Word("conch"))));

    assertThat(map(page.getJson()))
        .containsEntry("method", "POST")
        .containsEntry("contentType", "application/json")
        .containsEntry("body", "{\"name\":\"conch\"}");
  }

  /** A CharSequence that is no String, as a Groovy GString is. */
  private record Word(String text) implements CharSequence {
    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void aStringOrBytesBodyIsSentWithTheMethodAndHeadersGiven() throws InterruptedException {
    FetchOptions put =
        FetchOptions.DEFAULTS
            .withMethod("put")
            .withBody("héllo")
            .withHeaders(Map.of("X-Test", List.of("a", "b")));
    Map<String, Object> text = map(fetch("/echo", put).getJson());
    FetchOptions bytes =
        FetchOptions.DEFAULTS
            .withBody(new byte[] {'h', 'i'})
            .withHeaders(Map.of("content-type", "x/y"));
    Map<String, Object> raw = map(fetch("/echo", bytes).getJson());

    assertThat(text)
        .containsEntry("method", "PUT")
        .containsEntry("contentType", "text/plain; charset=utf-8")
        .containsEntry("test", List.of("a", "b"))
        .containsEntry("agent", "Conch fetch")
        .containsEntry("body", "héllo");
    assertThat(raw).containsEntry("method", "POST").containsEntry("contentType", "x/y");
    assertThat(raw).containsEntry("body", "hi");
  }

  @Test
  void deleteAndHeadAreSent() throws InterruptedException {
    Page delete = fetch("/echo", FetchOptions.DEFAULTS.withMethod("DELETE"));
    Page head = fetch("/a.html", FetchOptions.DEFAULTS.withMethod("HEAD"));

    assertThat(map(delete.getJson())).containsEntry("method", "DELETE").containsEntry("body", "");
    assertThat(head.getStatus()).isEqualTo(200);
    assertThat(head.getBytes()).isEmpty();
    assertThat(head.header("content-type")).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void aPageOfAKnownSizeAndTimeReadsAsOneLine() {
    Page page = new Page("http://127.0.0.1:8000/a.html", 200, Map.of(), new byte[1234], 12_345_678);
    Page slow = new Page("http://127.0.0.1:8000/b", 404, Map.of(), new byte[1], 1_500_000_000L);

    assertThat(page).hasToString("200 http://127.0.0.1:8000/a.html (1,234 bytes, 12.3 ms)");
    assertThat(slow).hasToString("404 http://127.0.0.1:8000/b (1 byte, 1.50 s)");
    assertThat(page.getElapsed()).isEqualTo(0.012345678);
  }

  @Test
  void aRefusedConnectionIsOneLineNamingTheUrl() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closed + "/";

    assertThatThrownBy(() -> fetcher.fetch(url, FetchOptions.DEFAULTS))
        .isInstanceOfSatisfying(
            FetchError.class, e -> assertThat(e.key()).isEqualTo("fetch.refused"))
        .hasMessage("fetch: " + url + ": connection refused");
  }

  @Test
  void aSilentServerRunsOutOfTimeInOneLine() {
    String url = server.url("/slow");

    assertThatThrownBy(() -> fetcher.fetch(url, FetchOptions.DEFAULTS.withTimeout(0.5)))
        .isInstanceOfSatisfying(
            FetchError.class, e -> assertThat(e.key()).isEqualTo("fetch.timeout"))
        .hasMessage("fetch: " + url + ": no answer within 0.5 s");
  }
}
