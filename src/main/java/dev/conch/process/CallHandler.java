package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the parent does with a child's {@link Wire#CALL}: turns its arguments into the value of the
 * {@link Wire#REPLY}. An exception becomes an {@link Wire#ERROR} carrying its message. Called on
 * the connection's thread, one call at a time per connection; calls from different children may run
 * at once, so an implementation shared by connections must be thread-safe.
 */
@FunctionalInterface
public interface CallHandler {
  /** The value answering {@code args}. */
  JsonNode call(JsonNode args) throws Exception;
}
