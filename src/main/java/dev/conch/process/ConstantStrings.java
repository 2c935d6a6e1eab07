package dev.conch.process;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The text constants of a compiled class (its constant pool's UTF-8 entries): the names of the
 * classes, methods and fields it refers to, and its string literals. Shipping code to a child uses
 * them to find which of the session's classes and variables a closure needs. Stateless;
 * thread-safe.
 */
public final class ConstantStrings {
  private static final int MAGIC = 0xCAFEBABE;

  private ConstantStrings() {}

  /**
   * Every UTF-8 constant of the class file {@code bytes}.
   *
   * @throws IllegalArgumentException when the bytes are not a class file
   */
  public static Set<String> of(byte[] bytes) {
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException("class bytes: not a class file");
      }
      in.readInt(); // minor and major version
      int count = in.readUnsignedShort();
      Set<String> strings = new HashSet<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> strings.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // a long or double takes two entries
          }
          default -> throw new IllegalArgumentException("class bytes: constant tag " + tag);
        }
      }
      return strings;
    } catch (IOException e) {
      throw new UncheckedIOException("class bytes: truncated", e);
    }
  }
}
