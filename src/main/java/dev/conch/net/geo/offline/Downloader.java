package dev.conch.net.geo.offline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * How {@code geo.fetch} gets a file: the hook where Conch's {@code download} engine plugs in. The
 * default is {@link HttpDownloader}. An implementation must be safe to call from any task.
 */
@FunctionalInterface
public interface Downloader {
  /**
   * Gets {@code url} into {@code target} when the answer is 200, and returns the HTTP status;
   * leaves {@code target} absent or partial otherwise (the caller deletes it).
   *
   * @throws IOException when the server cannot be reached or the transfer breaks
   * @throws InterruptedException when the calling task is interrupted (Ctrl-C)
   */
  int fetch(URI url, Path target) throws IOException, InterruptedException;
}
