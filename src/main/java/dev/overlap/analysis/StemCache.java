package dev.overlap.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.jspecify.annotations.Nullable;

/**
 * Stems of words seen so far, shared by every thread: an open-addressing table of (64-bit hash
 * of the word, stem number) pairs in one {@code long[]}, and the stems in an array. A look-up
 * touches one slot of the table and the stem, where a {@code ConcurrentHashMap<String, String>}
 * touches its table, a node, the key and its bytes, and the value: with ~200,000 distinct words
 * (Europarl mixes languages) none of that stays in the processor's caches, and each miss costs
 * about as much as stemming the word again.
 *
 * <p>Words are told apart by their 64-bit hash alone: two distinct words share one with odds of
 * about 1 in 10^9 among 200,000 words, and then the later one gets the earlier one's stem.
 *
 * <p>Look-ups take no lock: a slot's stem number and stem are written before its hash is
 * published (release), and read after it is seen (acquire). Insertions are serialized. The table
 * starts small and doubles (a new table, published whole) while it is over half full, up to
 * {@link #MAX_STEMS} words; then a miss is stemmed each time. A look-up that reads a table just
 * replaced may miss a word inserted since: its caller stems the word, as for any miss.
 */
final class StemCache {
  /** Words kept; the largest table has twice as many slots, so probes stay short. */
  static final int MAX_STEMS = 262_144;

  private static final int FIRST_SLOTS = 4096;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  /** Slot i: hash at 2i (0 = empty), stem number at 2i + 1; a power of two of slots. */
  private volatile long[] table = new long[2 * FIRST_SLOTS];

  private volatile String[] stems = new String[FIRST_SLOTS / 2];
  private int count;
  private volatile boolean full;

  /** The stem cached for {@code word}, or null. */
  @Nullable String get(String word) {
    long hash = hash(word);
    long[] slots = table;
    int mask = slots.length / 2 - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      long key = (long) LONGS.getAcquire(slots, 2 * slot);
      if (key == hash) {
        return stems[(int) slots[2 * slot + 1]];
      }
      if (key == 0) {
        return null;
      }
    }
  }

  /** Caches {@code stem} for {@code word}, unless it is already there or the cache is full. */
  void put(String word, String stem) {
    if (!full) { // once full, misses no longer queue for the lock
      insert(word, stem);
    }
  }

  private synchronized void insert(String word, String stem) {
    if (count >= MAX_STEMS) {
      full = true;
      return;
    }
    long hash = hash(word);
    long[] slots = table;
    int slot = freeSlot(slots, hash);
    if (slot < 0) {
      return;
    }
    if (2 * (count + 1) > slots.length / 2) {
      slots = grown(slots);
      table = slots;
      slot = freeSlot(slots, hash);
    }
    String[] array = stems;
    if (count == array.length) {
      array = java.util.Arrays.copyOf(array, array.length * 2);
    }
    array[count] = stem;
    if (array != stems) {
      stems = array;
    }
    slots[2 * slot + 1] = count;
    count++;
    LONGS.setRelease(slots, 2 * slot, hash);
  }

  /** The empty slot where {@code hash} goes, or -1 when it is already in the table. */
  private static int freeSlot(long[] slots, long hash) {
    int mask = slots.length / 2 - 1;
    int slot = (int) hash & mask;
    for (long key = slots[2 * slot]; key != 0; key = slots[2 * slot]) {
      if (key == hash) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** A table of twice the slots holding the same entries (filled before it is published). */
  private static long[] grown(long[] slots) {
    long[] bigger = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0) {
        int slot = freeSlot(bigger, slots[i]);
        bigger[2 * slot] = slots[i];
        bigger[2 * slot + 1] = slots[i + 1];
      }
    }
    return bigger;
  }

  /** Words cached so far. */
  synchronized int size() {
    return count;
  }

  /** FNV-1a over the word's chars, then a 64-bit finalizer (never 0: 0 marks an empty slot). */
  static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
