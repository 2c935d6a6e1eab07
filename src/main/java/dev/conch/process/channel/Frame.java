package dev.conch.process.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One message of the channel: its type and its JSON body. Immutable once made; callers must not
 * change the body after building the frame.
 *
 * @param type what kind of message it is
 * @param body its JSON body, an object for every type of {@link Wire}
 */
public record Frame(Wire type, JsonNode body) {
  /** A frame; a null body becomes {@code {}}. */
  public Frame {
    Objects.requireNonNull(type, "type");
    body = body == null ? JsonNodeFactory.instance.objectNode() : body;
  }

  /** A new, empty object body to fill before making a frame. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** The body's {@code id} field, or -1 when it has none. */
  public long id() {
    JsonNode id = body.get("id");
    return id != null && id.canConvertToLong() ? id.asLong() : -1;
  }

  /** The body's text field {@code name}, or an empty string when it has none. */
  public String text(String name) {
    JsonNode v = body.get(name);
    return v == null ? "" : v.asText();
  }
}
