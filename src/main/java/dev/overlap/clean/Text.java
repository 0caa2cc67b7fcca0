package dev.overlap.clean;

import java.util.Locale;

/** Small text helpers shared by the classifier: words are runs of letters, digits and marks. */
final class Text {
  private Text() {}

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK
        || cp == '_';
  }

  /** {@link #isWordChar} for a character below 0x80: a letter, a digit or '_'. */
  static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  static int countWords(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean w = isWordChar(cp);
      if (w && !inWord) {
        words++;
      }
      inWord = w;
      i += Character.charCount(cp);
    }
    return words;
  }
}
