package dev.conch.net.download;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/**
 * The HTTP client that the downloads of one session share: Jetty's HTTP/1.1 client reading bodies
 * into pooled direct buffers of {@value #BUFFER_BYTES} bytes, redirects followed, no content
 * decoding (the bytes saved are the bytes served). A session starts it with its first download and
 * stops it when it closes: starting one per download cost ~3 ms of a 90 ms download of 200 small
 * files (its selector, its protocol handlers, a scan for content decoders), and its buffers and
 * compiled code were new each time.
 *
 * <p>Each download asks for its connections under a tag of its own ({@link #request}) and gives
 * them back with {@link #closeConnections}: no connection outlives the download that opened it, so
 * every download opens its own, as curl does, and a slow-link {@code serve}'s delay for a new
 * connection is met by each one alike.
 *
 * <p>Thread-safe. Its threads are virtual ones named {@code download-http}, its timer {@code
 * download-http-timer}; {@link #close()} stops both.
 */
public final class DownloadClient implements AutoCloseable {
  /**
   * A read's buffer: 16 KiB (Jetty's default) read 512 MiB on loopback in 0.86 s, 512 KiB 0.37 s.
   */
  static final int BUFFER_BYTES = 512 * 1024;

  /**
   * How long a connection may take to open, at most: a download's own timeout, which bounds the
   * wait for each answer, ends a slow connect sooner.
   */
  private static final long CONNECT_MILLIS = TimeUnit.HOURS.toMillis(1);

  private final HttpClient client;
  private final ScheduledExecutorService timer; // the client's timeouts: ours, so close() joins it

  /** Starts the client and its threads. */
  public DownloadClient() {
    VirtualThreadPool threads = new VirtualThreadPool();
    threads.setName("download-http");
    // one name for all, not download-http-1, -2, …: numbering a thread for every read and every
    // callback cost 1.4% of a download of 200 small files
    threads.setVirtualThreadsExecutor(task -> Thread.ofVirtual().name("download-http").start(task));
    timer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("download-http-timer").factory());
    ClientConnector connector = new ClientConnector();
    connector.setSslContextFactory(new TlsOnFirstUse());
    client = new HttpClient(new HttpClientTransportOverHTTP(connector));
    client.setExecutor(threads);
    client.setScheduler(new ScheduledExecutorScheduler(timer));
    client.setByteBufferPool(new ArrayByteBufferPool(0, 4096, BUFFER_BYTES));
    client.setResponseBufferSize(BUFFER_BYTES);
    client.setConnectTimeout(CONNECT_MILLIS);
    client.setFollowRedirects(true);
    // no cookies, as curl and wget without options (see request() for what a store cost)
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setMaxConnectionsPerDestination(Integer.MAX_VALUE / 2); // perHost caps, when asked
    client.setMaxRequestsQueuedPerDestination(Integer.MAX_VALUE / 2);
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "conch-download"));
    try {
      client.start();
    } catch (Exception e) {
      timer.shutdownNow();
      throw new IllegalStateException("download: the HTTP client did not start: " + e, e);
    }
    // after the start, which fills an empty list with every decoder it finds: none, so that no
    // request offers Accept-Encoding and a gzip body is saved as served
    client.getContentDecoderFactories().clear();
  }

  /**
   * A request for {@code url} on the connections of {@code tag}, idle for {@code idleMillis} at
   * most.
   */
  Request request(URI url, Object tag, long idleMillis) {
    Request request =
        client.newRequest(url).tag(tag).idleTimeout(idleMillis, TimeUnit.MILLISECONDS);
    if (url.getHost() != null) {
      HttpField host = new HttpField(HttpHeader.HOST, hostAndPort(url));
      request.headers(h -> h.put(host));
    }
    return request;
  }

  /**
   * {@code Host}'s value for {@code url}, set by {@link #request}. Left to the client, the header
   * and the cookie store each had it rebuild the request's URI as text and parse it again, 4.5% of
   * the CPU of a download of 200 small files. A redirect drops it and takes the new URL's.
   */
  static String hostAndPort(URI url) {
    return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
  }

  /** Closes every connection opened for requests tagged {@code tag}. */
  void closeConnections(Object tag) {
    for (Destination destination : client.getDestinations()) {
      if (destination.getOrigin().getTag() == tag) {
        client.removeDestination(destination); // stops it, closing its connections
      }
    }
  }

  /**
   * TLS made ready at the first {@code https} connection rather than when the client starts: a
   * client's start used to build its TLS context at once (the JDK's TLS classes and its store of
   * trusted certificates), ~110 ms of a shell's first download of plain {@code http}.
   */
  private static final class TlsOnFirstUse extends SslContextFactory.Client {
    private boolean begun; // guarded by this

    @Override
    protected void doStart() {
      // nothing until a connection needs it: see ready()
    }

    /** Sets TLS up, once; its own checks call back in here while it does, and pass. */
    private synchronized void ready() {
      if (!begun) {
        begun = true;
        try {
          super.doStart();
        } catch (Exception e) {
          begun = false;
          throw new IllegalStateException("download: TLS could not be set up: " + e, e);
        }
      }
    }

    @Override
    public SSLContext getSslContext() {
      ready();
      return super.getSslContext();
    }

    @Override
    public SSLEngine newSSLEngine() {
      ready();
      return super.newSSLEngine();
    }

    @Override
    public SSLEngine newSSLEngine(String host, int port) {
      ready();
      return super.newSSLEngine(host, port);
    }

    @Override
    public SSLEngine newSSLEngine(InetSocketAddress address) {
      ready();
      return super.newSSLEngine(address);
    }

    @Override
    public void customize(SSLEngine engine) {
      ready();
      super.customize(engine);
    }
  }

  /** Stops the client and its threads, waiting a second at most for its timer. */
  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      // stopping closes every connection; a failure to do so leaves nothing a download needs
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
