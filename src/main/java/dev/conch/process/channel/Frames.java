package dev.conch.process.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Frames on a byte channel: a big-endian {@code int} length counting what follows it, then the type
 * byte of {@link Wire}, then the body as UTF-8 JSON. A frame is at most {@link Wire#MAX_FRAME}
 * bytes; a longer one is refused before its body is read.
 *
 * <p>Stateless and thread-safe, but one channel must have one reader at a time and one writer at a
 * time: the callers ({@link Channel}, {@link ChannelClient}) see to it.
 */
public final class Frames {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Frames() {}

  /** Writes {@code frame} whole to {@code out}. */
  public static void write(WritableByteChannel out, Frame frame) throws IOException {
    byte[] body = JSON.writeValueAsBytes(frame.body());
    int length = 1 + body.length;
    if (length > Wire.MAX_FRAME) {
      throw tooLarge(length, Wire.MAX_FRAME);
    }
    ByteBuffer buf = ByteBuffer.allocate(4 + length);
    buf.putInt(length).put(frame.type().code()).put(body).flip();
    while (buf.hasRemaining()) {
      out.write(buf);
    }
  }

  /**
   * Reads the next frame from {@code in}.
   *
   * @return the frame, or null when the stream ends cleanly between two frames
   * @throws ChannelError when the frame is truncated, too large, of an unknown type or not JSON
   */
  public static Frame read(ReadableByteChannel in) throws IOException {
    return read(in, Wire.MAX_FRAME);
  }

  /**
   * Reads the next frame from {@code in}, refusing one larger than {@code limit} bytes before
   * reading its body.
   *
   * @return the frame, or null when the stream ends cleanly between two frames
   * @throws ChannelError when the frame is truncated, too large, of an unknown type or not JSON
   */
  public static Frame read(ReadableByteChannel in, int limit) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(4);
    int got = fill(in, header);
    if (got == 0) {
      return null;
    }
    if (got < 4) {
      throw new ChannelError("frame: truncated after " + got + " of 4 length bytes");
    }
    int length = header.flip().getInt();
    if (length < 1) {
      throw new ChannelError("frame: length " + length + ", expected at least 1");
    }
    if (length > limit) {
      throw tooLarge(length, limit);
    }
    ByteBuffer rest = ByteBuffer.allocate(length);
    got = fill(in, rest);
    if (got < length) {
      throw new ChannelError(
          "frame: truncated after " + got + " of " + length + " announced bytes");
    }
    Wire type = Wire.of(rest.get(0));
    return new Frame(type, parse(type, rest.array()));
  }

  private static JsonNode parse(Wire type, byte[] frame) throws ChannelError {
    JsonNode body;
    try {
      body = JSON.readTree(frame, 1, frame.length - 1);
    } catch (IOException e) {
      throw new ChannelError("frame: " + type + " body is not valid JSON");
    }
    if (body == null || !body.isObject()) {
      throw new ChannelError("frame: " + type + " body is not a JSON object");
    }
    return body;
  }

  /** Reads until {@code buf} is full or the stream ends; returns how many bytes came. */
  private static int fill(ReadableByteChannel in, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      if (in.read(buf) < 0) {
        break;
      }
    }
    return buf.position();
  }

  private static ChannelError tooLarge(int length, int limit) {
    return new ChannelError("frame: " + length + " bytes is too large, at most " + limit);
  }
}
