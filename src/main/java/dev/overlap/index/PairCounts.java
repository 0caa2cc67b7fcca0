package dev.overlap.index;

/**
 * Counts per document pair: an open-addressing hash map from a pair key ({@code low << 32 |
 * high}, {@code low < high}) to an int, without a boxed object per pair. Key 0 cannot occur
 * (it would be the pair 0, 0) and marks an empty slot.
 */
final class PairCounts {
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  PairCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The key of documents {@code a} and {@code b} (in any order, {@code a != b}). */
  static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  static int low(long key) {
    return (int) (key >>> 32);
  }

  static int high(long key) {
    return (int) key;
  }

  void increment(long key) {
    int slot = slot(key);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        values[slot]++;
        return;
      }
      if (found == 0) {
        keys[slot] = key;
        values[slot] = 1;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  int get(long key) {
    int slot = slot(key);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return values[slot];
      }
      if (found == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** Calls {@code each} for every pair with its count, in no particular order. */
  void forEach(Visitor each) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        each.pair(keys[i], values[i]);
      }
    }
  }

  interface Visitor {
    void pair(long key, int count);
  }

  private int slot(long key) {
    // the finaliser of MurmurHash3: pair keys are far from random in their low bits
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }

  private void grow() {
    if (keys.length >= 1 << 30) {
      throw new IllegalStateException(
          "more than " + size + " document pairs share fingerprints; lower the frequency cap");
    }
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      long key = oldKeys[i];
      if (key != 0) {
        int slot = slot(key);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = oldValues[i];
      }
    }
  }
}
