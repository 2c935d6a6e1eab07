package dev.conch.process.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The frames that parent and child processes exchange: a length, a type code and a JSON body, and a
 * one-line error for each way a frame can be truncated, too large, of unknown type or not a JSON
 * object.
 */
class FramesTest {
  private static byte[] encode(Frame frame) throws Exception {
    var out = new ByteArrayOutputStream();
    Frames.write(Channels.newChannel(out), frame);
    return out.toByteArray();
  }

  private static Frame decode(byte[] bytes) throws Exception {
    return Frames.read(Channels.newChannel(new ByteArrayInputStream(bytes)));
  }

  private static byte[] raw(int length, int type, String body) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(5 + b.length).putInt(length).put((byte) type).put(b).array();
  }

  @Test
  void aFrameIsItsLengthThenItsTypeThenItsJsonBody() throws Exception {
    byte[] bytes = encode(new Frame(Wire.CALL, Frame.object().put("id", 7)));
    assertThat(bytes).isEqualTo(raw(9, 4, "{\"id\":7}"));
    Frame back = decode(bytes);
    assertThat(back.type()).isEqualTo(Wire.CALL);
    assertThat(back.id()).isEqualTo(7);
  }

  @Test
  void aStreamEndingBetweenFramesReadsAsNoFrame() throws Exception {
    assertThat(decode(new byte[0])).isNull();
  }

  @Test
  void aTruncatedLengthIsNamed() {
    assertThatThrownBy(() -> decode(new byte[] {0, 0, 1}))
        .isInstanceOf(ChannelError.class)
        .hasMessage("frame: truncated after 3 of 4 length bytes");
  }

  @Test
  void aTruncatedBodyIsNamed() {
    byte[] whole = raw(9, 4, "{\"id\":7}");
    assertThatThrownBy(() -> decode(Arrays.copyOf(whole, 8)))
        .hasMessage("frame: truncated after 4 of 9 announced bytes");
  }

  @Test
  void anOversizedFrameIsRefusedBeforeItsBodyIsRead() {
    assertThatThrownBy(() -> decode(raw(Wire.MAX_FRAME + 1, 4, "")))
        .hasMessage("frame: 67108865 bytes is too large, at most 67108864");
  }

  @Test
  void anEmptyOrNegativeLengthIsRefused() {
    assertThatThrownBy(() -> decode(raw(0, 4, "")))
        .hasMessage("frame: length 0, expected at least 1");
    assertThatThrownBy(() -> decode(raw(-5, 4, "")))
        .hasMessage("frame: length -5, expected at least 1");
  }

  @Test
  void anUnknownTypeIsNamedByItsCode() {
    assertThatThrownBy(() -> decode(raw(3, 99, "{}"))).hasMessage("frame: unknown type 99");
    assertThatThrownBy(() -> decode(raw(3, 200, "{}"))).hasMessage("frame: unknown type 200");
  }

  @Test
  void aBodyThatIsNotAJsonObjectIsRefused() {
    assertThatThrownBy(() -> decode(raw(6, 1, "{oops")))
        .hasMessage("frame: HELLO body is not valid JSON");
    assertThatThrownBy(() -> decode(raw(3, 1, "42")))
        .hasMessage("frame: HELLO body is not a JSON object");
    assertThatThrownBy(() -> decode(raw(1, 1, "")))
        .hasMessage("frame: HELLO body is not a JSON object");
  }

  @Test
  void everyTypeHasItsOwnCode() throws Exception {
    for (Wire w : Wire.values()) {
      assertThat(Wire.of(w.code())).isSameAs(w);
    }
    assertThat(Arrays.stream(Wire.values()).map(Wire::code).distinct())
        .hasSize(Wire.values().length);
  }
}
