package dev.conch.net.fetch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;

/**
 * JSON for {@code fetch}: a page's body read into plain Maps, Lists and values, and a Map or List
 * written as a request body (any CharSequence, such as a Groovy GString, as its text). Stateless
 * and thread-safe: the one mapper is configured once, before it is shared.
 */
final class FetchJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .registerModule(
              new SimpleModule("conch-fetch")
                  .addSerializer(CharSequence.class, ToStringSerializer.instance));

  private FetchJson() {}

  /**
   * The JSON in {@code body}: a Map, a List, a String, a number, a boolean or null.
   *
   * @throws FetchError naming {@code url} when the body is empty or not JSON
   */
  static Object read(String url, byte[] body) {
    if (isBlank(body)) {
      throw FetchError.emptyJson(url);
    }
    try {
      return MAPPER.readValue(body, Object.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw FetchError.notJson(
          url, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    } catch (IOException e) {
      throw FetchError.failed(url, e.getMessage(), e); // reading an array: cannot happen
    }
  }

  /**
   * {@code value} as UTF-8 JSON.
   *
   * @throws FetchError naming {@code url} when it cannot be written as JSON
   */
  static byte[] write(String url, Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw FetchError.bodyJson(url, e.getOriginalMessage(), e);
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
