package dev.conch.shell.errors;

import java.util.Locale;
import java.util.Optional;

/**
 * The name a typo most likely meant: the nearest by edit distance, counting a swap of two
 * neighbours as one edit ({@code spwan} is one from {@code spawn}). Stateless.
 */
final class NearestName {
  private NearestName() {}

  /**
   * The candidate nearest to {@code word}, if one is close enough to be meant: one edit for words
   * of up to four letters, two for longer ones; none for words of one or two letters. The first of
   * equally near candidates wins.
   */
  static Optional<String> among(String word, Iterable<String> candidates) {
    if (word.length() < 3) {
      return Optional.empty();
    }
    int allowed = word.length() <= 4 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equals(word)) {
        continue;
      }
      int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Edits from {@code a} to {@code b}: insert, delete, replace, or swap two neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
