package dev.conch.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.conch.process.channel.Frame;
import dev.conch.process.proxy.ProxyError;
import java.io.IOException;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * How values and errors of proxied calls travel in the JSON of a call or a reply, both ways: null,
 * true and false and text as themselves; anything else as a {@link JvmCopies} copy, {@code {"c":
 * base64}}; the end of a {@code takeUntil} as {@code {"end": true}}; an error as {@code {"error":
 * {"type": class, "message": text, "c": base64 of the error when it could be copied}}}. Stateless.
 */
public final class WireValues {
  /** What a {@code takeUntil} step gives when it took the sentinel. */
  public static final Object END = new Object();

  private WireValues() {}

  /** {@code value} as JSON; runtime objects inside pass through {@code replace} (to handles). */
  public static JsonNode encode(Object value, UnaryOperator<Object> replace) throws IOException {
    return switch (value) {
      case null -> NullNode.getInstance();
      case Boolean b -> BooleanNode.valueOf(b);
      case String s -> TextNode.valueOf(s);
      default ->
          value == END
              ? Frame.object().put("end", true)
              : Frame.object().put("c", base64(JvmCopies.write(value, replace)));
    };
  }

  /** The value {@code node} holds; classes from {@code loader}, handles through {@code resolve}. */
  public static Object decode(JsonNode node, ClassLoader loader, UnaryOperator<Object> resolve)
      throws IOException {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.path("end").asBoolean()) {
      return END;
    }
    return JvmCopies.read(Base64.getDecoder().decode(node.path("c").asText()), loader, resolve);
  }

  /** A reply carrying {@code value}. */
  public static ObjectNode reply(Object value, UnaryOperator<Object> replace) throws IOException {
    ObjectNode reply = Frame.object();
    reply.set("v", encode(value, replace));
    return reply;
  }

  /**
   * A reply carrying {@code error}: its class and message, and a copy of it when one can be made.
   */
  public static ObjectNode error(Throwable error, UnaryOperator<Object> replace) {
    ObjectNode body = Frame.object().put("type", error.getClass().getName());
    body.put("message", error.getMessage());
    try {
      body.put("c", base64(JvmCopies.write(error, replace)));
    } catch (IOException | RuntimeException e) {
      // no copy: the child rebuilds the error from its class name and message
    }
    ObjectNode reply = Frame.object();
    reply.set("error", body);
    return reply;
  }

  /**
   * The error a reply carries, rebuilt in this JVM with this call's stack, or null when the reply
   * carries a value.
   */
  public static Throwable errorOf(
      JsonNode reply, String label, ClassLoader loader, UnaryOperator<Object> resolve) {
    JsonNode error = reply.get("error");
    if (error == null) {
      return null;
    }
    Throwable rebuilt = null;
    if (error.hasNonNull("c")) {
      try {
        Object copy =
            JvmCopies.read(Base64.getDecoder().decode(error.get("c").asText()), loader, resolve);
        rebuilt = copy instanceof Throwable t ? t : null;
      } catch (IOException | RuntimeException e) {
        // fall back to the class name and message
      }
    }
    if (rebuilt == null) {
      rebuilt =
          ProxyError.failed(label, error.path("type").asText(), error.path("message").asText());
    }
    rebuilt.fillInStackTrace();
    return rebuilt;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
