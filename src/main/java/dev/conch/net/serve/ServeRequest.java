package dev.conch.net.serve;

import java.time.Duration;
import java.util.Locale;

/**
 * One request a {@link FileServer} answered, as its log shows it. Immutable.
 *
 * @param method {@code GET}, {@code HEAD}, …
 * @param path the path asked for, decoded: {@code /a.bin}
 * @param range the request's {@code Range} header as sent ({@code bytes=100-}), or null
 * @param status the status answered: 200, 206, 404, 416, …
 * @param bytes how many bytes of body were sent (0 for HEAD)
 * @param connection which connection it came on: 1 for the server's first, 2 for the next, …
 * @param remotePort the client's port on that connection
 * @param elapsed from the request's arrival to its last byte handed to the connection
 * @param complete false when the answer failed (the client went away, say) before its last bytes
 *     were handed to the connection
 */
public record ServeRequest(
    String method,
    String path,
    String range,
    int status,
    long bytes,
    int connection,
    int remotePort,
    Duration elapsed,
    boolean complete) {

  /** {@code GET /a.bin [bytes=100-] 206 924 B, connection 2 (port 51234), 41 ms}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s %s%s %d %d B, connection %d (port %d), %d ms%s",
        method,
        path,
        range == null ? "" : " [" + range + "]",
        status,
        bytes,
        connection,
        remotePort,
        elapsed.toMillis(),
        complete ? "" : ", incomplete");
  }
}
