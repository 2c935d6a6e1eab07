package dev.conch.process.channel;

/**
 * Every message type of the parent/child channel, with its one-byte code on the wire: the one place
 * where the protocol's codes live. A frame is {@code int length}, then the type byte, then a JSON
 * body (see {@link Frames}); the bodies each type carries are listed on the constants.
 *
 * <p>A conversation: the child sends {@link #HELLO}; the parent answers {@link #WELCOME} or {@link
 * #REFUSED} (and then closes). After a welcome the child sends {@link #CALL}s, each answered by a
 * {@link #REPLY} or an {@link #ERROR} carrying the same id, and ends with {@link #BYE}.
 *
 * <p>Immutable, so thread-safe.
 */
public enum Wire {
  /** Child to parent, first frame: {@code {"secret": hex, "version": int, "pid": long}}. */
  HELLO(1),
  /** Parent to child: the secret and version were right. Body {@code {}}. */
  WELCOME(2),
  /** Parent to child, then the parent closes: {@code {"reason": text}}. */
  REFUSED(3),
  /** Child to parent, a request: {@code {"id": long, "args": any}}. */
  CALL(4),
  /** Parent to child, the answer to a call: {@code {"id": long, "value": any}}. */
  REPLY(5),
  /** Parent to child, a call that failed: {@code {"id": long, "message": text}}. */
  ERROR(6),
  /** Child to parent, last frame: the child is leaving. Body {@code {}}. */
  BYE(7);

  /** The version of the protocol a child states in its HELLO. */
  public static final int VERSION = 1;

  /**
   * The largest frame, counting the type byte and the body: 64 MiB, room for a shipment of a
   * session's classes and the values a task takes along.
   */
  public static final int MAX_FRAME = 64 << 20;

  /** The largest frame a peer may send before it is welcomed: 4 KiB, enough for a HELLO. */
  public static final int MAX_GREETING = 4 << 10;

  private static final Wire[] BY_CODE = new Wire[128];

  static {
    for (Wire w : values()) {
      BY_CODE[w.code] = w;
    }
  }

  private final byte code;

  Wire(int code) {
    this.code = (byte) code;
  }

  /** The byte that stands for this type on the wire. */
  public byte code() {
    return code;
  }

  /**
   * The type a code stands for.
   *
   * @throws ChannelError when no type has that code
   */
  public static Wire of(byte code) throws ChannelError {
    Wire w = code >= 0 ? BY_CODE[code] : null;
    if (w == null) {
      throw new ChannelError("frame: unknown type " + (code & 0xff));
    }
    return w;
  }
}
