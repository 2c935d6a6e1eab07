package dev.conch.net.serve;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.conch.net.serve.ServeInputError.Problem;
import dev.conch.net.sweep.Addresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * A running {@code serve(dir, …)}: Jetty serving the files of one directory over HTTP/1.1, with
 * Range, HEAD, ETag, Last-Modified, If-Range and directory listings ({@link ServedFiles}), a log of
 * every request, and a slow-link mode ({@link SlowLinkHandler}) so the I/O lessons show on one
 * machine. It listens on {@code 127.0.0.1} and a free port unless told otherwise.
 *
 * <p>Thread model: it owns every thread it starts ({@link ServeThreads}: Jetty's pool, {@code
 * serve-<port>-N}, and one timer, {@code serve-<port>-timer}); {@link #stop()} stops Jetty, shuts
 * the timer down and joins them all. Thread-safe: any thread may read it, log it or stop it.
 */
public final class FileServer implements AutoCloseable {
  private static final int ACCEPT_QUEUE = 128;
  private static final int MIN_THREADS = 4;
  private static final int MAX_THREADS = 32;
  private static final int IDLE_MILLIS = 60_000;
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  /**
   * Jetty pads its queues by how many references fill a cache line, and asks the JVM through JMX
   * whether references are compressed unless this property says it: that started JMX's platform
   * server, ~60 ms of a shell's first {@code serve}. The JVM answers the same question directly.
   */
  private static final String REFERENCES_PER_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  static {
    if (System.getProperty(REFERENCES_PER_LINE) == null) {
      System.setProperty(REFERENCES_PER_LINE, Integer.toString(64 / referenceBytes()));
    }
  }

  /** The bytes of one reference in this JVM: 4 with compressed references, else 8. */
  private static int referenceBytes() {
    try {
      var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return Boolean.parseBoolean(hotspot.getVMOption("UseCompressedOops").getValue()) ? 4 : 8;
    } catch (RuntimeException e) {
      return 8; // not HotSpot: the smaller count, as Jetty's own default
    }
  }

  private final Path dir;
  private final ServeOptions options;
  private final InetSocketAddress bound;
  private final ServeLog log = new ServeLog();
  private final ServeThreads threads;
  private final ScheduledExecutorService timer;
  private final Server server;
  private boolean stopped; // guarded by this

  private FileServer(Path dir, ServeOptions options, ServerSocketChannel channel)
      throws IOException {
    this.dir = dir;
    this.options = options;
    this.bound = (InetSocketAddress) channel.getLocalAddress();
    this.threads = new ServeThreads(bound.getPort());
    this.timer = threads.timer();
    QueuedThreadPool pool =
        new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_MILLIS, -1, null, null, threads);
    this.server = new Server(pool, new ScheduledExecutorScheduler(timer), null);
    HttpConfiguration http = new HttpConfiguration();
    // a learner's base + '/' + name asks for //name: served as /name, as python's http.server does
    http.setUriCompliance(
        UriCompliance.DEFAULT.with("conch", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
    ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http));
    connector.open(channel);
    server.addConnector(connector);
    server.setHandler(new SlowLinkHandler(options, log, new ServedFiles(dir)));
  }

  /**
   * Starts serving {@code dir} as {@code options} say.
   *
   * @throws ServeInputError when {@code dir} is not a readable directory, the port is taken or
   *     cannot be opened, or the host is not this machine's
   */
  public static FileServer start(Path dir, ServeOptions options) {
    Path root = checkedDir(dir);
    ServerSocketChannel channel = bind(options);
    FileServer started = null;
    try {
      started = new FileServer(root, options, channel);
      started.server.start();
      return started;
    } catch (Exception e) {
      if (started != null) {
        started.stop();
      }
      closeQuietly(channel);
      throw new IllegalStateException("could not start serving " + root + ": " + e, e);
    }
  }

  /** The directory, absolute and normalised, or why it cannot be served. */
  private static Path checkedDir(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw new ServeInputError(Problem.DIR_MISSING, root);
    }
    if (!Files.isDirectory(root)) {
      throw new ServeInputError(Problem.DIR_FILE, root, root.getParent());
    }
    if (!Files.isReadable(root)) {
      throw new ServeInputError(Problem.DIR_UNREADABLE, root);
    }
    return root;
  }

  /** A listening socket on the options' host and port, or why there can be none. */
  private static ServerSocketChannel bind(ServeOptions options) {
    InetAddress host;
    try {
      host = InetAddress.getByName(options.host());
    } catch (UnknownHostException e) {
      throw new ServeInputError(Problem.HOST_UNKNOWN, options.host());
    }
    ServerSocketChannel channel = null;
    try {
      channel = ServerSocketChannel.open();
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(new InetSocketAddress(host, options.port()), ACCEPT_QUEUE);
      return channel;
    } catch (BindException e) {
      closeQuietly(channel);
      throw bindError(host, options, e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException(e);
    }
  }

  private static ServeInputError bindError(InetAddress host, ServeOptions options, Exception e) {
    if (!isThisMachine(host)) {
      return new ServeInputError(Problem.HOST_UNKNOWN, options.host());
    }
    String why = String.valueOf(e.getMessage());
    if (why.contains("in use")) {
      return new ServeInputError(Problem.PORT_BUSY, options.port(), options.host());
    }
    return new ServeInputError(Problem.PORT_DENIED, options.port(), options.host(), why);
  }

  /** Whether {@code host} is a wildcard, a loopback or one of this machine's interfaces. */
  static boolean isThisMachine(InetAddress host) {
    try {
      return host.isAnyLocalAddress()
          || host.isLoopbackAddress()
          || NetworkInterface.getByInetAddress(host) != null;
    } catch (SocketException e) {
      return false;
    }
  }

  /** Whether a server listening on {@code host} can be reached from other machines. */
  static boolean sharedBeyondThisMachine(InetAddress host) {
    return !host.isLoopbackAddress();
  }

  /**
   * The address to type in a browser on this machine: {@code http://127.0.0.1:43117/}. A server
   * listening on every address ({@code 0.0.0.0}, {@code ::}) gives its loopback one.
   */
  public String url() {
    InetAddress host = bound.getAddress();
    if (host.isAnyLocalAddress()) {
      host = InetAddress.getLoopbackAddress();
    }
    String text = Addresses.text(host);
    return "http://" + (Addresses.isV6(host) ? "[" + text + "]" : text) + ":" + port() + "/";
  }

  /** The port it listens on. */
  public int port() {
    return bound.getPort();
  }

  /** The directory it serves, absolute. */
  public Path dir() {
    return dir;
  }

  /** The options it was started with (the port as asked, maybe 0; see {@link #port()}). */
  public ServeOptions options() {
    return options;
  }

  /** Whether other machines can reach it: true unless it listens on a loopback address. */
  public boolean sharedBeyondThisMachine() {
    return sharedBeyondThisMachine(bound.getAddress());
  }

  /** The requests answered so far, oldest first (the latest {@value ServeLog#KEPT}); a copy. */
  public List<ServeRequest> log() {
    return log.snapshot();
  }

  /** How many requests were answered so far. */
  public long requests() {
    return log.count();
  }

  /** {@link #url()}, for Groovy: {@code s.url}. */
  public String getUrl() {
    return url();
  }

  /** {@link #port()}, for Groovy: {@code s.port}. */
  public int getPort() {
    return port();
  }

  /** {@link #log()}, for Groovy: {@code s.log.each { println it }}. */
  public List<ServeRequest> getLog() {
    return log();
  }

  /** Whether it is serving: started and not stopped. */
  public synchronized boolean isRunning() {
    return !stopped && server.isRunning();
  }

  /**
   * Stops serving: closes the port and every connection, ends and joins every thread it started.
   * Calling it again does nothing. Keeps an interrupt of the calling thread for the caller, after
   * the threads are joined.
   *
   * @throws IllegalStateException when a thread did not end within 5 s (naming them)
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    boolean interrupted = Thread.interrupted();
    Set<String> alive;
    try {
      stopJetty();
      timer.shutdownNow();
      timer.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      alive = threads.join(STOP_WAIT);
    } catch (InterruptedException e) {
      interrupted = true;
      alive = Set.of();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (!alive.isEmpty()) {
      throw new IllegalStateException("serve: threads still running after stop: " + alive);
    }
  }

  private void stopJetty() {
    try {
      server.stop();
    } catch (Exception e) {
      // a component failed to stop; the timer and the threads are still taken down and joined
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private static void closeQuietly(ServerSocketChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }

  /** {@code serving /home/me/files at http://127.0.0.1:43117/, 3 requests} or {@code stopped}. */
  @Override
  public String toString() {
    String state = isRunning() ? "serving" : "stopped serving";
    long n = requests();
    return state + " " + dir + " at " + url() + ", " + n + (n == 1 ? " request" : " requests");
  }
}
