package dev.conch.net.download;

import java.util.Locale;

/** How one file of a download ended. Immutable. */
public enum DownloadOutcome {
  /** Fetched whole in this run and saved under its name. */
  DOWNLOADED,
  /** Finished from the bytes an earlier run left in its {@code .part}. */
  RESUMED,
  /** A complete copy was under its name already (same length, or same sha256 when given). */
  ALREADY_THERE,
  /** Did not finish: its error says why; nothing new is under its name. */
  FAILED,
  /** The download was stopped (Ctrl-C) first; its {@code .part} is kept for the next run. */
  STOPPED;

  /** Whether the file is under its name, complete. */
  public boolean ok() {
    return this == DOWNLOADED || this == RESUMED || this == ALREADY_THERE;
  }

  /** The lower-case word the shell shows, such as {@code already there}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  @Override
  public String toString() {
    return word();
  }
}
