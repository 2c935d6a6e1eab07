package dev.conch.net.geo.offline;

import com.maxmind.db.Metadata;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The search tree of a MaxMind DB file, walked for an IPv4 address to the record it leads to,
 * without decoding the record. Networks share records (a city's record serves every network of that
 * city), and the reader decodes a record again on every lookup; {@link GeoDatabase} keeps the rows
 * it made by this number instead, so a record is decoded once. The walk is the format's own
 * (MaxMind DB 2.0: nodes of two 24-, 28- or 32-bit records, an IPv4 subtree reached by 96 zero bits
 * in an IPv6 tree); the record is still decoded by the reader. Immutable and thread-safe: only
 * absolute reads of a read-only mapping.
 */
final class MmdbTree {
  private final ByteBuffer nodes;
  private final long nodeCount;
  private final int recordSize;
  private final int nodeBytes;
  private final long ipv4Start;

  private MmdbTree(ByteBuffer nodes, Metadata metadata) {
    this.nodes = nodes;
    this.nodeCount = metadata.nodeCount();
    this.recordSize = metadata.recordSize();
    this.nodeBytes = recordSize / 4;
    this.ipv4Start = metadata.ipVersion() == 6 ? zeros(96) : 0;
  }

  /**
   * The tree of the file at {@code path}, whose metadata the reader read; null when the tree is not
   * one it walks (a record size other than 24, 28 or 32 bits, or a tree beyond the file's end or 2
   * GiB), which leaves every lookup to the reader.
   */
  static MmdbTree of(Path path, Metadata metadata) throws IOException {
    int recordSize = metadata.recordSize();
    if (recordSize != 24 && recordSize != 28 && recordSize != 32) {
      return null;
    }
    long treeBytes = metadata.nodeCount() * (recordSize / 4);
    try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
      if (treeBytes <= 0 || treeBytes > Integer.MAX_VALUE || treeBytes > file.size()) {
        return null;
      }
      return new MmdbTree(file.map(FileChannel.MapMode.READ_ONLY, 0, treeBytes), metadata);
    }
  }

  /**
   * The number of the record the tree gives for the IPv4 address {@code ipv4} (its unsigned 32
   * bits), the same for every address of a network and for networks sharing a record; -1 when the
   * file holds nothing for it.
   */
  long recordOf(int ipv4) {
    long node = ipv4Start;
    for (int bit = 31; bit >= 0 && node < nodeCount; bit--) {
      node = child(node, (ipv4 >>> bit) & 1);
    }
    return node > nodeCount ? node - nodeCount : -1;
  }

  /** The node reached from the root by {@code count} zero bits: where IPv4 starts in IPv6. */
  private long zeros(int count) {
    long node = 0;
    for (int i = 0; i < count && node < nodeCount; i++) {
      node = child(node, 0);
    }
    return node;
  }

  /** The left ({@code side} 0) or right (1) record of {@code node}. */
  private long child(long node, int side) {
    int base = (int) (node * nodeBytes);
    return switch (recordSize) {
      case 24 -> bytes(base + side * 3, 3);
      case 28 -> {
        int middle = nodes.get(base + 3) & 0xff;
        long high = side == 0 ? middle >>> 4 : middle & 0x0f;
        yield high << 24 | bytes(base + side * 4, 3);
      }
      default -> bytes(base + side * 4, 4);
    };
  }

  /** {@code count} bytes from {@code at}, big-endian, unsigned. */
  private long bytes(int at, int count) {
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = value << 8 | (nodes.get(at + i) & 0xff);
    }
    return value;
  }
}
