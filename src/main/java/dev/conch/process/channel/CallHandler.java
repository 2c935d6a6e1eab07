package dev.conch.process.channel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the parent does with its children's messages. Each {@link Wire#CALL} is answered on a
 * virtual thread of its own, so a call that blocks (a proxied {@code queue.get()}) holds up neither
 * the connection nor the child's other threads; calls of one child may therefore run at once and an
 * implementation must be thread-safe.
 */
public interface CallHandler {
  /**
   * The value answering {@code args} from {@code peer}. An exception becomes an {@link Wire#ERROR}
   * carrying its message; an interrupt means the child went away and nobody waits for the answer.
   */
  JsonNode call(Peer peer, JsonNode args) throws Exception;

  /** {@code peer} was welcomed; called on its connection's thread before any of its calls. */
  default void connected(Peer peer) {}

  /**
   * A connection was refused or dropped, for {@code reason} (no secret, a wrong one, garbage);
   * called on that connection's thread.
   */
  default void refused(String reason) {}

  /**
   * {@code peer}'s connection ended (it said BYE, died, or the channel closed). Its calls still
   * running have been interrupted and have ended; called once, after them.
   */
  default void disconnected(Peer peer) {}
}
