package dev.conch.net.geo;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.NoSuchFileException;

/** Short words for why a transfer failed, for one-line errors. Stateless and thread-safe. */
public final class Failures {
  private Failures() {}

  /** {@code connection refused}, {@code timed out}, {@code unknown host x}, or the message. */
  public static String of(Throwable e) {
    return switch (e) {
      case ConnectException c -> "connection refused";
      case ClosedByInterruptException i -> "interrupted";
      case HttpConnectTimeoutException t -> "connect timed out";
      case HttpTimeoutException t -> "timed out";
      case UnknownHostException u -> "unknown host " + u.getMessage();
      case NoSuchFileException n -> "no such file " + n.getMessage();
      default -> {
        String message = e.getMessage();
        yield message == null || message.isBlank()
            ? e.getClass().getSimpleName()
            : message.strip().lines().findFirst().orElse("");
      }
    };
  }
}
