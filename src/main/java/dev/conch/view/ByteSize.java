package dev.conch.view;

import java.util.Locale;

/** A number of bytes as a learner reads it: {@code 512 B}, {@code 256.0 KiB}, {@code 8.0 MiB}. */
public final class ByteSize {
  private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB"};

  private ByteSize() {}

  /** {@code bytes} in the largest binary unit that leaves at least 1, one decimal. */
  public static String text(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }
}
