package dev.conch.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Plain values copied between JVMs in a compact form of their own, beside Java serialization: null,
 * booleans, ints, longs, doubles, text, big integers and decimals, and {@code ArrayList}s and
 * {@code Object[]}s of them, as a pool's arguments and results mostly are. A process pool's map
 * over 100,000 numbers sends 100,000 argument arrays and gets as many results back; through
 * ObjectOutputStream that took a fresh pair of children about a second before any job ran.
 *
 * <p>Anything else, a list or array met twice (shared, or holding itself), or lists nested deeper
 * than {@value #MAX_DEPTH}, is not plain: {@link #write} gives null and the caller serializes.
 * Copies arrive as Java serialization gives them: new lists and arrays, equal boxes and text.
 * Stateless; thread-safe.
 */
final class PlainCopies {
  /** The first byte of a plain copy; Java serialization's streams begin with 0xAC. */
  static final byte MAGIC = 0x50;

  static final int MAX_DEPTH = 32;

  private static final byte NULL = 0;
  private static final byte TRUE = 1;
  private static final byte FALSE = 2;
  private static final byte INT = 3;
  private static final byte LONG = 4;
  private static final byte DOUBLE = 5;
  private static final byte TEXT = 6;
  private static final byte BIG_INTEGER = 7;
  private static final byte BIG_DECIMAL = 8;
  private static final byte LIST = 9;
  private static final byte ARRAY = 10;

  private PlainCopies() {}

  /** The plain copy of {@code value}, or null when it is not plain. */
  static byte[] write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    try {
      out.writeByte(MAGIC);
      if (!put(out, value, 0, new IdentityHashMap<>())) {
        return null;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /** Whether {@code bytes} are a plain copy. */
  static boolean isPlain(byte[] bytes) {
    return bytes.length > 0 && bytes[0] == MAGIC;
  }

  /**
   * The value a plain copy holds.
   *
   * @throws IOException when the bytes are cut short or were not written by {@link #write}
   */
  static Object read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readByte() != MAGIC) {
      throw new IOException("copy: not a plain copy");
    }
    Object value = take(in, 0);
    if (in.available() > 0) {
      throw new IOException("copy: " + in.available() + " bytes after a plain copy");
    }
    return value;
  }

  /** Writes {@code value}; false as soon as something in it is not plain. */
  private static boolean put(
      DataOutputStream out, Object value, int depth, Map<Object, Boolean> containers)
      throws IOException {
    switch (value) {
      case null -> out.writeByte(NULL);
      case Boolean b -> out.writeByte(b ? TRUE : FALSE);
      case Integer i -> {
        out.writeByte(INT);
        out.writeInt(i);
      }
      case Long l -> {
        out.writeByte(LONG);
        out.writeLong(l);
      }
      case Double d -> {
        out.writeByte(DOUBLE);
        out.writeDouble(d);
      }
      case String s -> {
        out.writeByte(TEXT);
        text(out, s);
      }
      case BigInteger b when b.getClass() == BigInteger.class -> {
        out.writeByte(BIG_INTEGER);
        magnitude(out, b);
      }
      case BigDecimal b when b.getClass() == BigDecimal.class -> {
        out.writeByte(BIG_DECIMAL);
        out.writeInt(b.scale());
        magnitude(out, b.unscaledValue());
      }
      case ArrayList<?> list when list.getClass() == ArrayList.class -> {
        return putItems(out, LIST, list, list, list.size(), depth, containers);
      }
      case Object[] array when array.getClass() == Object[].class -> {
        return putItems(out, ARRAY, array, Arrays.asList(array), array.length, depth, containers);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a list or an array, {@code container}, as {@code tag} and its {@code size} items; false
   * when it was met before (shared, or holding itself), is nested too deep, or holds something that
   * is not plain.
   */
  private static boolean putItems(
      DataOutputStream out,
      byte tag,
      Object container,
      Iterable<?> items,
      int size,
      int depth,
      Map<Object, Boolean> containers)
      throws IOException {
    if (depth >= MAX_DEPTH || containers.put(container, Boolean.TRUE) != null) {
      return false;
    }
    out.writeByte(tag);
    out.writeInt(size);
    for (Object item : items) {
      if (!put(out, item, depth + 1, containers)) {
        return false;
      }
    }
    return true;
  }

  /** Text as its UTF-16 units, so that any String (a lone surrogate too) comes back the same. */
  private static void text(DataOutputStream out, String s) throws IOException {
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static void magnitude(DataOutputStream out, BigInteger b) throws IOException {
    byte[] twos = b.toByteArray();
    out.writeInt(twos.length);
    out.write(twos);
  }

  private static Object take(DataInputStream in, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IOException("copy: a plain copy nested too deep");
    }
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case INT -> in.readInt();
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case TEXT -> text(in);
      case BIG_INTEGER -> new BigInteger(bytes(in));
      case BIG_DECIMAL -> {
        int scale = in.readInt();
        yield new BigDecimal(new BigInteger(bytes(in)), scale);
      }
      case LIST -> new ArrayList<>(Arrays.asList(items(in, depth)));
      case ARRAY -> items(in, depth);
      default -> throw new IOException("copy: unknown tag " + tag + " in a plain copy");
    };
  }

  /** The items of a list or an array, read as a new array. */
  private static Object[] items(DataInputStream in, int depth) throws IOException {
    Object[] items = new Object[count(in)];
    for (int k = 0; k < items.length; k++) {
      items[k] = take(in, depth + 1);
    }
    return items;
  }

  private static String text(DataInputStream in) throws IOException {
    char[] chars = new char[count(in)];
    for (int k = 0; k < chars.length; k++) {
      chars[k] = in.readChar();
    }
    return new String(chars);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    byte[] bytes = new byte[count(in)];
    in.readFully(bytes);
    return bytes;
  }

  /** A count, no larger than the bytes left could hold (a torn copy fails, not allocates). */
  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("copy: a plain copy cut short");
    }
    return count;
  }
}
