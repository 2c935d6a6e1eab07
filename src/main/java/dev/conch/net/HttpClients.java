package dev.conch.net;

import java.net.http.HttpClient;

/**
 * Where every HTTP client of the network built-ins comes from, so that all of them read bodies in
 * buffers large enough for a fast link: the JDK's default of 16 KiB made a 512 MiB download from
 * {@code serve} on loopback take 1.7 s; 256 KiB, 1.2 s (curl: 0.7 s). The JDK reads the size once,
 * when its first client is built, and a size set on the command line is kept. Thread-safe.
 */
public final class HttpClients {
  private static final String BUFSIZE = "jdk.httpclient.bufsize";

  static {
    if (System.getProperty(BUFSIZE) == null) {
      System.setProperty(BUFSIZE, Integer.toString(256 * 1024));
    }
  }

  private HttpClients() {}

  /** A builder for a client, with the buffer size above in force. */
  public static HttpClient.Builder builder() {
    return HttpClient.newBuilder();
  }
}
