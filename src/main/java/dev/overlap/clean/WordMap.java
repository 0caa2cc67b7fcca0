package dev.overlap.clean;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable map from words to values, looked up by a range of characters of a text, so that a
 * block's words need no String each ({@link Words}): an open-addressing table of the keys and
 * their values, probed with the range's hash ({@link String#hashCode}'s, spread) and compared in
 * place. Thread-safe.
 */
final class WordMap<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  WordMap(Map<String, V> map) {
    int slots = Integer.highestOneBit(Math.max(4, map.size() * 2) - 1) << 1; // at most half full
    keys = new String[slots];
    values = new Object[slots];
    mask = slots - 1;
    for (Map.Entry<String, V> entry : map.entrySet()) {
      String key = entry.getKey();
      int slot = spread(key.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = entry.getValue();
    }
  }

  /** The value of the word {@code text[start, end)}, or null. */
  @SuppressWarnings("unchecked")
  @Nullable V get(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int length = end - start;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (key.length() == length && text.regionMatches(start, key, 0, length)) {
        return (V) values[slot];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
