package dev.conch.dsl.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.conch.dsl.UsageError;
import dev.conch.fixtures.DslFixture;
import dev.conch.i18n.Lang;
import dev.conch.i18n.Messages;
import dev.conch.net.fetch.Page;
import dev.conch.runtime.errors.KeyedError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code fetch} as a learner types it, against a page on loopback, and its one-line errors. */
@Timeout(30)
class FetchDslTest extends DslFixture {
  private HttpServer server;
  private String base;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] page =
              "<html><head><title>Hello</title></head><body><a href='b.html'>b</a></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          int status = exchange.getRequestURI().getPath().equals("/") ? 200 : 404;
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(status, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void aPageHasItsStatusTextAndParsedHtml() {
    Page page = (Page) value("p = fetch('" + base + "'); p");

    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(value("p.html.title()")).isEqualTo("Hello");
    assertThat(value("p.html.select('a[href]')*.absUrl('href')"))
        .asList()
        .containsExactly(base + "b.html");
  }

  @Test
  void anHttpErrorIsAPageUnlessCheckIsAsked() {
    assertThat(value("fetch('" + base + "missing').status")).isEqualTo(404);
    Throwable error = error("fetch('" + base + "missing', check: true)");
    assertThat(error)
        .isInstanceOf(KeyedError.class)
        .hasMessage("fetch: " + base + "missing: HTTP 404");
  }

  @Test
  void aRefusedConnectionIsOneLineNamingTheUrl() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Throwable error = error("fetch('http://127.0.0.1:" + closed + "/')");

    assertThat(error).hasMessage("fetch: http://127.0.0.1:" + closed + "/: connection refused");
  }

  @Test
  void wrongOptionsAreNamed() {
    Throwable error = error("fetch('" + base + "', timeout: 0)");

    assertThat(((UsageError) error).problem(Messages.of(Lang.EN)))
        .isEqualTo("fetch: option 'timeout' must be a number of seconds above 0, not 0");
    assertThat(
            ((UsageError) error("fetch('" + base + "', check: 'yes')"))
                .problem(Messages.of(Lang.ZH)))
        .isEqualTo("fetch: 选项 'check' 应为 true 或 false，而不是 yes");
  }
}
