package dev.conch.net.download;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The sha256 of a .part taken while it is written, so that a file checked against its expected hash
 * is not read back from the disk: 512 MiB cost 0.34 s of hashing either way, and reading it back
 * came on top. It follows one writer from byte 0 onwards; bytes written anywhere else (a resumed
 * .part, segments) leave it without an answer and the file is hashed from the disk instead. A write
 * at byte 0 starts it again. Confined to the worker that writes the file.
 */
final class DownloadDigest {
  private final MessageDigest digest = DownloadChecksums.digest();
  private long next;
  private boolean lost;

  /** {@code bytes} (from their position to their limit), written at {@code at}; left unread. */
  void add(long at, ByteBuffer bytes) {
    if (at == 0) {
      digest.reset();
      next = 0;
      lost = false;
    }
    if (lost || at != next) {
      lost = true;
      return;
    }
    next += bytes.remaining();
    digest.update(bytes.duplicate());
  }

  /** The sha256 in lower-case hex when every one of {@code size} bytes went through; else null. */
  String hex(long size) {
    return !lost && next == size ? HexFormat.of().formatHex(digest.digest()) : null;
  }
}
