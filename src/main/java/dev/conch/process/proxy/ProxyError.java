package dev.conch.process.proxy;

import dev.conch.runtime.errors.KeyedError;

/**
 * An error of a proxy in a child process that the parent's object did not raise itself: the channel
 * to the parent is gone, or the parent's error could not be copied to the child (then its class and
 * message are kept). The shell says it in the learner's language. Immutable.
 */
public final class ProxyError extends KeyedError {
  private static final long serialVersionUID = 1L;

  private ProxyError(String key, String english, Object... args) {
    super(key, null, english, args);
  }

  /** The call on {@code label} could not reach the parent: {@code why}. */
  static ProxyError lost(String label, String why) {
    return new ProxyError(
        "proxy.lost", "%s: the parent process cannot be reached (%s)", label, why);
  }

  /** The parent's {@code type} error with {@code message}, which could not be copied whole. */
  public static ProxyError failed(String label, String type, String message) {
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return new ProxyError("proxy.failed", "%s: %s in the parent: %s", label, simple, message);
  }
}
