package dev.overlap.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a lower-cased block as offsets into it (runs of {@link Text#isWordChar} characters),
 * with the set of characters the block holds: what measuring a block reads of it without making a
 * String per word. A word's string is made only when asked for ({@link #get}, {@link #list}).
 *
 * <p>The character set ({@link #chars}) is exact for ASCII and hashed for the rest; white space of
 * any kind counts as a space, since the lexicon's patterns see white space as one space. It lets a
 * block skip a substring that needs a character it lacks ({@link #mayContain}).
 */
final class Words {
  private final String text;
  /** Word i: [bounds[2i], bounds[2i + 1]). */
  private final int[] bounds;
  private final int size;
  private final CharSet chars;

  private Words(String text, int[] bounds, int size, CharSet chars) {
    this.text = text;
    this.bounds = bounds;
    this.size = size;
    this.chars = chars;
  }

  /** The words of {@code lower}, in order. */
  static Words of(String lower) {
    int[] bounds = new int[Math.max(4, lower.length() / 3 + 2)]; // words average 5+ chars
    int size = 0;
    long low = 0;
    long high = 0;
    long other = 0;
    int start = -1;
    int n = lower.length();
    for (int i = 0; i < n; ) {
      char c = lower.charAt(i);
      int next;
      boolean wordChar;
      if (c < 0x80) {
        next = i + 1;
        wordChar = Text.isAsciiWordChar(c);
        if (c < 0x40) {
          low |= 1L << c; // white space other than ' ' is folded in below
        } else {
          high |= 1L << c;
        }
      } else {
        int cp = lower.codePointAt(i);
        next = i + Character.charCount(cp);
        wordChar = Text.isWordChar(cp);
        for (int k = i; k < next; k++) {
          other |= 1L << lower.charAt(k);
        }
      }
      if (wordChar) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        if (2 * size + 2 > bounds.length) {
          bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * size] = start;
        bounds[2 * size + 1] = i;
        size++;
        start = -1;
      }
      i = next;
    }
    if (start >= 0) {
      if (2 * size + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length + 2);
      }
      bounds[2 * size] = start;
      bounds[2 * size + 1] = n;
      size++;
    }
    if ((low & CharSet.WHITE) != 0) {
      low = (low & ~CharSet.WHITE) | 1L << ' ';
    }
    return new Words(lower, bounds, size, new CharSet(low, high, other));
  }

  /** The text the words are in. */
  String text() {
    return text;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return bounds[2 * i];
  }

  int end(int i) {
    return bounds[2 * i + 1];
  }

  /** Word {@code i} as a string. */
  String get(int i) {
    return text.substring(start(i), end(i));
  }

  /** Whether word {@code i} is {@code word}. */
  boolean is(int i, String word) {
    int start = start(i);
    int length = end(i) - start;
    return length == word.length() && text.regionMatches(start, word, 0, length);
  }

  /** The first {@code count} words as strings. */
  List<String> list(int count) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(get(i));
    }
    return out;
  }

  /** Every word as a string. */
  List<String> list() {
    return list(size);
  }

  /** The characters of the text (white space as a space). */
  CharSet chars() {
    return chars;
  }

  /**
   * Whether the text may contain {@code part}: false only when {@code part} needs a character it
   * lacks (as {@link CharSet#of} gives it: made once, tested for many blocks).
   */
  boolean mayContain(CharSet part) {
    return chars.holds(part);
  }

  /**
   * A set of UTF-16 characters: ASCII in 128 bits (exact), the rest hashed into 64 (a character
   * in a set may stand for others). Sound for "does the text lack a character of the part".
   */
  record CharSet(long low, long high, long other) {
    /** The {@link #isWhite} characters other than the space, as bits of {@link #low}. */
    static final long WHITE = 1L << '\t' | 1L << '\n' | 1L << '\u000B' | 1L << '\f' | 1L << '\r';

    static CharSet of(String part) {
      long low = 0;
      long high = 0;
      long other = 0;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if (c < 0x40) {
          low |= 1L << (isWhite(c) ? ' ' : c);
        } else if (c < 0x80) {
          high |= 1L << c;
        } else {
          other |= 1L << c;
        }
      }
      return new CharSet(low, high, other);
    }

    /** Whether every character of {@code part} is in this set. */
    boolean holds(CharSet part) {
      return (part.low & ~low) == 0 && (part.high & ~high) == 0 && (part.other & ~other) == 0;
    }

    /** The white space that {@link Lexicon#oneSpaced} makes one space. */
    static boolean isWhite(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }
}
