package dev.conch.net.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code https}, whose TLS the client sets up only at its first {@code https} connection: a file
 * comes whole from a server whose certificate the JVM trusts, and one whose certificate it does not
 * trust fails with a line naming the URL. The server is Jetty with a certificate for 127.0.0.1 made
 * by the JDK's keytool for the test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DownloadTlsTest {
  private static final String PASSWORD = "conch-test";
  private static final byte[] DATA = new byte[300_000];

  @TempDir static Path keys;
  @TempDir Path dir;
  private static Server server;
  private static String url;

  @BeforeAll
  static void startServer() throws Exception {
    new Random(11).nextBytes(DATA);
    Path keystore = keys.resolve("server.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "server",
        "-keystore",
        keystore.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        keys.resolve("server.cer").toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "server",
        "-file",
        keys.resolve("server.cer").toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        keys.resolve("trust.p12").toString(),
        "-storepass",
        PASSWORD);
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keystore.toString());
    tls.setKeyStorePassword(PASSWORD);
    server = new Server();
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory());
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.getHeaders().put("Content-Length", DATA.length);
            response.write(true, ByteBuffer.wrap(DATA), callback);
            return true;
          }
        });
    server.start();
    url = "https://127.0.0.1:" + connector.getLocalPort() + "/a.bin";
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(keytool.getInputStream().readAllBytes());
    assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).as("keytool ended").isTrue();
    assertThat(keytool.exitValue()).as(said).isZero();
  }

  private DownloadResult download() {
    try (DownloadClient client = new DownloadClient()) {
      return Download.plan(url, dir, DownloadOptions.DEFAULTS.withRetries(0, 1))
          .run(System::nanoTime, client);
    }
  }

  @Test
  void aFileComesWholeOverHttpsFromAServerTheJvmTrusts() throws IOException {
    String before = System.getProperty("javax.net.ssl.trustStore");
    System.setProperty("javax.net.ssl.trustStore", keys.resolve("trust.p12").toString());
    System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
    DownloadResult result;
    try {
      result = download();
    } finally {
      if (before == null) {
        System.clearProperty("javax.net.ssl.trustStore");
      } else {
        System.setProperty("javax.net.ssl.trustStore", before);
      }
      System.clearProperty("javax.net.ssl.trustStorePassword");
    }

    DownloadFileResult row = result.getFiles().getFirst();
    assertThat(row.errorText()).isNull();
    assertThat(row.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(DATA);
  }

  @Test
  void aCertificateTheJvmDoesNotTrustFailsTheFileInOneLineNamingTheUrl() {
    DownloadFileResult row = download().getFiles().getFirst();

    assertThat(row.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(row.errorText()).startsWith("download: " + url + ": ").doesNotContain("\n");
    assertThat(dir.resolve("a.bin")).doesNotExist();
  }
}
