package dev.conch.net.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;

/**
 * A server on 127.0.0.1 that takes one connection, reads what comes, and never answers: it tells
 * the test when a request arrived and when the client closed the connection (a cancelled request).
 * Its one thread reads for at most {@link #READ_MILLIS} and is joined on close.
 */
final class SilentServer implements AutoCloseable {
  private static final int READ_MILLIS = 20_000;

  /** Counted down when the first bytes of a request arrive. */
  final CountDownLatch arrived = new CountDownLatch(1);

  /** Counted down when the client closes the connection. */
  final CountDownLatch hungUp = new CountDownLatch(1);

  private final ServerSocket socket;
  private final Thread reader;

  SilentServer() throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    reader = Thread.ofVirtual().name("silent-server").start(this::serveOne);
  }

  /** The URL of {@code path} on this server. */
  String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  private void serveOne() {
    try (Socket client = socket.accept()) {
      client.setSoTimeout(READ_MILLIS);
      InputStream in = client.getInputStream();
      byte[] buffer = new byte[4096];
      int n = in.read(buffer);
      if (n > 0) {
        arrived.countDown();
      }
      while (n >= 0) {
        n = in.read(buffer);
      }
      hungUp.countDown();
    } catch (SocketTimeoutException e) {
      // the client never hung up: the test that waits for it fails
    } catch (IOException e) {
      hungUp.countDown(); // reset by the client: it hung up too
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    socket.close();
    reader.interrupt();
    reader.join();
  }
}
