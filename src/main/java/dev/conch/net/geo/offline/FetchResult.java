package dev.conch.net.geo.offline;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@code geo.fetch} installed. Immutable.
 *
 * @param file the database file now in use
 * @param url where it came from
 * @param bytes its size
 * @param type the type it says it is
 * @param previous the file it replaced, kept, or null when there was none
 * @param attribution the credit to show with its data
 */
public record FetchResult(
    Path file, URI url, long bytes, String type, Path previous, String attribution) {

  /** {@code geo: fetched http://…/dbip-city-lite-2026-12.mmdb.gz into …/dbip-city-lite.mmdb}. */
  @Override
  public String toString() {
    return "geo: fetched " + url + " into " + file + " (" + bytes + " bytes, " + type + ")";
  }
}
