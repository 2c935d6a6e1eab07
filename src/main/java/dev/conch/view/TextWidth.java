package dev.conch.view;

/**
 * The width of text in terminal cells: CJK ideographs, Hangul and full-width forms take two cells,
 * combining marks and control characters none, everything else one. East Asian "ambiguous"
 * characters (such as {@code ·} and {@code █}) count as one, as most terminals draw them.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextWidth {
  /** The ellipsis that ends text cut to fit. */
  public static final String ELLIPSIS = "…";

  /** Pairs of first and last code points that take two cells (East Asian Wide and Fullwidth). */
  private static final int[] WIDE = {
    0x1100, 0x115F, // Hangul Jamo initials
    0x2329, 0x232A, // angle brackets
    0x2E80, 0x303E, // CJK radicals, Kangxi, CJK symbols and punctuation
    0x3041, 0x33FF, // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
    0x3400, 0x4DBF, // CJK Extension A
    0x4E00, 0x9FFF, // CJK Unified Ideographs
    0xA000, 0xA4CF, // Yi
    0xA960, 0xA97F, // Hangul Jamo Extended-A
    0xAC00, 0xD7A3, // Hangul syllables
    0xF900, 0xFAFF, // CJK compatibility ideographs
    0xFE10, 0xFE19, // vertical forms
    0xFE30, 0xFE6F, // CJK compatibility forms, small form variants
    0xFF00, 0xFF60, // full-width forms
    0xFFE0, 0xFFE6, // full-width signs
    0x1F300, 0x1F64F, // pictographs and emoticons
    0x1F900, 0x1F9FF, // supplemental pictographs
    0x20000, 0x2FFFD, // CJK Extensions B to F
    0x30000, 0x3FFFD, // CJK Extension G and later
  };

  private TextWidth() {}

  /** The cells {@code text} takes in a terminal. */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The cells one code point takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0)) {
      return 0;
    }
    if (codePoint < 0x1100) {
      return isZeroWidth(codePoint) ? 0 : 1;
    }
    if (isWide(codePoint)) {
      return 2;
    }
    return isZeroWidth(codePoint) ? 0 : 1;
  }

  private static boolean isZeroWidth(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || (codePoint >= 0x1160 && codePoint <= 0x11FF); // Hangul medial vowels, final consonants
  }

  private static boolean isWide(int codePoint) {
    for (int i = 0; i < WIDE.length; i += 2) {
      if (codePoint < WIDE[i]) {
        return false;
      }
      if (codePoint <= WIDE[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} followed by spaces up to {@code width} cells; unchanged when already as wide. */
  public static String padRight(String text, int width) {
    int gap = width - of(text);
    return gap <= 0 ? text : text + " ".repeat(gap);
  }

  /** Spaces up to {@code width} cells followed by {@code text}; unchanged when already as wide. */
  public static String padLeft(String text, int width) {
    int gap = width - of(text);
    return gap <= 0 ? text : " ".repeat(gap) + text;
  }

  /**
   * {@code name} in at most {@code width} cells: a longer one keeps its start and its end around an
   * ellipsis ({@code download-w…-12}), since names made alike differ at one end or the other.
   */
  public static String fitMiddle(String name, int width) {
    if (of(name) <= width) {
      return name;
    }
    int room = width - of(ELLIPSIS);
    if (room < 2) {
      return fit(name, width);
    }
    int[] cps = name.codePoints().toArray();
    int tailRoom = (room + 1) / 2; // the end gets the odd cell: numbers are told apart there
    int tailFrom = cps.length;
    for (int used = 0; tailFrom > 0 && used + of(cps[tailFrom - 1]) <= tailRoom; ) {
      used += of(cps[--tailFrom]);
    }
    StringBuilder head = new StringBuilder();
    int headRoom = room - of(new String(cps, tailFrom, cps.length - tailFrom));
    for (int i = 0, used = 0; i < tailFrom && used + of(cps[i]) <= headRoom; i++) {
      head.appendCodePoint(cps[i]);
      used += of(cps[i]);
    }
    return head + ELLIPSIS + new String(cps, tailFrom, cps.length - tailFrom);
  }

  /**
   * {@code text} when it fits in {@code width} cells; otherwise its longest start that fits
   * together with a closing {@link #ELLIPSIS}.
   */
  public static String fit(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    int room = width - of(ELLIPSIS);
    if (room < 0) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = of(cp);
      if (used + w > room) {
        break;
      }
      kept.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return kept + ELLIPSIS;
  }
}
