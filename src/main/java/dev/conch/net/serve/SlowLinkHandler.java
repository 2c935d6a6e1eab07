package dev.conch.net.serve;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Components;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outer handler of a {@link FileServer}: it numbers connections, logs every request through a
 * {@link ServedResponse}, and makes the link as slow as the options say. With latency, a request is
 * handed to the files only after that delay (twice that on the first request of a connection, which
 * stands for the TCP handshake), so a round trip costs what it would across a slow network; with a
 * rate, each connection's answers are paced to its own budget.
 *
 * <p>Nothing here blocks a thread: a delayed request is parked on Jetty's scheduler (never on a
 * selector) and then handed to Jetty's pool. Thread-safe: requests arrive on Jetty's threads.
 */
final class SlowLinkHandler extends Handler.Wrapper {
  private static final String CONNECTION = ServedConnection.class.getName();

  private final ServeOptions options;
  private final ServeLog log;
  private final Object lock = new Object();
  private int connections; // guarded by lock

  SlowLinkHandler(ServeOptions options, ServeLog log, Handler files) {
    super(files);
    this.options = options;
    this.log = log;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    ServedConnection connection = connectionOf(request.getConnectionMetaData());
    boolean first = connection.firstRequest();
    ServedResponse served =
        new ServedResponse(request, response, connection, log, options.bytesPerSecond());
    Callback logging = served.logging(callback);
    long delay = (long) options.latencyMillis() * (first ? 2 : 1);
    if (delay == 0) {
      serve(request, served, logging);
    } else {
      Components components = request.getComponents();
      components
          .getScheduler()
          .schedule(
              () -> dispatch(components.getExecutor(), request, served, logging),
              delay,
              TimeUnit.MILLISECONDS);
    }
    return true;
  }

  /** The connection's numbered state, made on its first request. */
  private ServedConnection connectionOf(ConnectionMetaData meta) {
    synchronized (lock) {
      if (meta.getAttribute(CONNECTION) instanceof ServedConnection known) {
        return known;
      }
      ServedConnection made = new ServedConnection(++connections, options.bytesPerSecond());
      meta.setAttribute(CONNECTION, made);
      return made;
    }
  }

  /** Hands a delayed request to Jetty's pool: reading a file is no work for the timer thread. */
  private void dispatch(Executor pool, Request request, Response response, Callback callback) {
    try {
      pool.execute(() -> serve(request, response, callback));
    } catch (RejectedExecutionException e) {
      callback.failed(e); // the server is stopping
    }
  }

  private void serve(Request request, Response response, Callback callback) {
    try {
      if (!super.handle(request, response, callback)) {
        notServed(request, response, callback);
      }
    } catch (Exception e) {
      if (response.isCommitted()) {
        callback.failed(e);
      } else {
        Response.writeError(request, response, callback, e);
      }
    }
  }

  /** 404 for a GET or HEAD of nothing there; 405 for any other method. */
  private static void notServed(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) {
      Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
    } else {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
    }
  }
}
