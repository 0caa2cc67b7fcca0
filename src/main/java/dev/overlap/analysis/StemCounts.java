package dev.overlap.analysis;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Stem → occurrences of one text, as an unmodifiable map over three arrays: each distinct stem,
 * its {@link StemHash} and its count. Made from the words' stems and hashes without a hash map
 * (their hashes sorted, runs counted), and read by the index through {@link #hash} and {@link
 * #count} without touching the stems' strings. Iteration order: by hash (or as the map given).
 */
public final class StemCounts extends AbstractMap<String, Integer> {
  private final String[] stems;
  private final int[] hashes;
  private final int[] counts;

  private StemCounts(String[] stems, int[] hashes, int[] counts) {
    this.stems = stems;
    this.hashes = hashes;
    this.counts = counts;
  }

  /** {@code counts} itself when it is a {@link StemCounts}; else its entries, each hashed. */
  public static StemCounts of(Map<String, Integer> counts) {
    if (counts instanceof StemCounts ready) {
      return ready;
    }
    String[] stems = new String[counts.size()];
    int[] hashes = new int[stems.length];
    int[] occurrences = new int[stems.length];
    int i = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      stems[i] = entry.getKey();
      hashes[i] = StemHash.of(entry.getKey());
      occurrences[i] = entry.getValue();
      i++;
    }
    return new StemCounts(stems, hashes, occurrences);
  }

  /**
   * The counts of {@code stems[i]} over the words {@code i} with {@code include[i]} and a
   * non-empty stem; {@code hashes[i]} is {@link StemHash#of} {@code stems[i]}.
   */
  static StemCounts of(String[] stems, int[] hashes, boolean[] include) {
    long[] keys = new long[stems.length];
    int n = 0;
    for (int i = 0; i < stems.length; i++) {
      if (include[i] && !stems[i].isEmpty()) {
        keys[n++] = ((long) hashes[i] << 32) | i; // by hash, then word number
      }
    }
    Arrays.sort(keys, 0, n);
    String[] distinct = new String[n];
    int[] distinctHashes = new int[n];
    int[] distinctCounts = new int[n];
    int size = 0;
    for (int from = 0; from < n; ) {
      int hash = (int) (keys[from] >> 32);
      int to = from;
      while (to < n && (int) (keys[to] >> 32) == hash) {
        to++;
      }
      // A run of one hash is nearly always one stem; two stems sharing a hash stay apart.
      int runStart = size;
      for (int k = from; k < to; k++) {
        String stem = stems[(int) keys[k]];
        int at = runStart;
        while (at < size && !distinct[at].equals(stem)) {
          at++;
        }
        if (at == size) {
          distinct[size] = stem;
          distinctHashes[size] = hash;
          size++;
        }
        distinctCounts[at]++;
      }
      from = to;
    }
    return new StemCounts(
        Arrays.copyOf(distinct, size),
        Arrays.copyOf(distinctHashes, size),
        Arrays.copyOf(distinctCounts, size));
  }

  /** Distinct stems. */
  @Override
  public int size() {
    return stems.length;
  }

  /** The {@link StemHash} of distinct stem {@code i} (0 ≤ i < {@link #size}). */
  public int hash(int i) {
    return hashes[i];
  }

  /** The occurrences of distinct stem {@code i}. */
  public int count(int i) {
    return counts[i];
  }

  @Override
  public Set<Map.Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return stems.length;
      }

      @Override
      public Iterator<Map.Entry<String, Integer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < stems.length;
          }

          @Override
          public Map.Entry<String, Integer> next() {
            if (next >= stems.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return Map.entry(stems[i], counts[i]);
          }
        };
      }
    };
  }
}
