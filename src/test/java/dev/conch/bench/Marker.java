package dev.conch.bench;

import java.nio.charset.StandardCharsets;

/**
 * The text whose first appearance in a child's output ends a timing: anywhere ({@link #containing})
 * or as a whole line ({@link #line}, ended by {@code \n} or {@code \r\n}). Matched on the raw UTF-8
 * bytes, so a chunk never has to be decoded mid-character. Immutable.
 */
record Marker(String needle, boolean wholeLine) {

  /** The first appearance of {@code needle} anywhere, e.g. a prompt with no newline after it. */
  static Marker containing(String needle) {
    return new Marker(needle, false);
  }

  /** The first line that is exactly {@code needle}. */
  static Marker line(String needle) {
    return new Marker(needle, true);
  }

  /** How to show it in a message, e.g. {@code 'conch> '} or {@code a line '1'}. */
  String describe() {
    return (wholeLine ? "a line '" : "'") + needle.replace("\n", "\\n") + "'";
  }

  /**
   * How far before the end of old data a new match can start, counted back from it: a search after
   * appending may begin this many bytes before the old length.
   */
  int reach() {
    return bytes().length + 2;
  }

  /** The index of the first match starting at or after {@code from}, or -1. */
  int find(byte[] data, int length, int from) {
    byte[] bytes = bytes();
    for (int i = Math.max(0, from); i + bytes.length <= length; i++) {
      if (matchesAt(data, i, bytes) && (!wholeLine || isLine(data, length, i, bytes.length))) {
        return i;
      }
    }
    return -1;
  }

  private byte[] bytes() {
    return needle.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean matchesAt(byte[] data, int at, byte[] bytes) {
    for (int j = 0; j < bytes.length; j++) {
      if (data[at + j] != bytes[j]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLine(byte[] data, int length, int at, int size) {
    boolean starts = at == 0 || data[at - 1] == '\n';
    int end = at + size;
    boolean ends =
        end < length
            && (data[end] == '\n'
                || (data[end] == '\r' && end + 1 < length && data[end + 1] == '\n'));
    return starts && ends;
  }
}
