package dev.conch.process.channel;

import java.io.IOException;

/**
 * A failure of the parent/child channel with a one-line message of the form {@code object:
 * problem}: a malformed frame, a refused handshake, a failed call, a closed channel.
 */
public final class ChannelError extends IOException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public ChannelError(String message) {
    super(message);
  }
}
