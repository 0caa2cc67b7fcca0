package dev.overlap.analysis;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The word and stem of every token text seen so far, shared by every thread, so that a token seen
 * before is neither lower-cased, folded, copied into a new String nor stemmed again: an
 * open-addressing table of (64-bit hash of the token's characters, entry number) pairs in one
 * {@code long[]}, the words and stems side by side in one array, and the words' {@link TermHash}es
 * in another. A look-up hashes the
 * tokenizer's buffer and touches one slot of the table and one pair of references, where a
 * {@code ConcurrentHashMap<String, String>} would touch its table, a node, the key and its bytes,
 * and the value: with ~200,000 distinct words (Europarl mixes languages) none of that stays in
 * the processor's caches.
 *
 * <p>The hash reads ASCII capitals as small letters, so "The" and "the" share an entry (their
 * word is the same: lower-casing maps A–Z to a–z whatever surrounds them); every other character
 * counts as it is. Tokens are told apart by their 64-bit hash alone: two distinct ones share one
 * with odds of about 1 in 10^9 among 200,000, and then the later one gets the earlier one's word
 * and stem.
 *
 * <p>Look-ups take no lock: a slot's entry number and entry are written before its hash is
 * published (release), and read after it is seen (acquire); entries only ever move to a longer
 * array that still holds them. Insertions are serialized. The table starts small and doubles (a
 * new table, published whole) while it is over half full, up to {@link #MAX_TOKENS} entries; then
 * a miss is worked out each time. A look-up that reads a table just replaced may miss an entry
 * inserted since: its caller works the token out, as for any miss.
 */
final class TokenCache {
  /** Entries kept; the largest table has twice as many slots, so probes stay short. */
  static final int MAX_TOKENS = 262_144;

  /**
   * Longer tokens are never cached (nor looked up): words are shorter, and without this bound a
   * text of long one-off tokens (numbers, identifiers, encoded data: the tokenizer cuts at 255
   * characters) could fill the cache with ~MAX_TOKENS × 1 kB of strings for good.
   */
  static final int MAX_LENGTH = 40;

  private static final int FIRST_SLOTS = 4096;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  /** Slot i: hash at 2i (0 = empty), entry number at 2i + 1; a power of two of slots. */
  private volatile long[] table = new long[2 * FIRST_SLOTS];

  /** Entry k: its word at 2k, its stem at 2k + 1. */
  private volatile String[] entries = new String[FIRST_SLOTS];

  /** Entry k: its word's {@link TermHash}. */
  private volatile long[] termHashes = new long[FIRST_SLOTS / 2];

  /** Entry k: its stem's {@link StemHash} (0 for a stop word). */
  private volatile int[] stemHashes = new int[FIRST_SLOTS / 2];

  private int count;
  private volatile boolean full;

  /** The entry number of the token {@code text[0, length)}, or -1 when it is not cached. */
  int find(char[] text, int length) {
    if (length > MAX_LENGTH) {
      return -1;
    }
    long hash = hash(text, length);
    long[] slots = table;
    int mask = slots.length / 2 - 1;
    for (int slot = (int) hash & mask; ; slot = (slot + 1) & mask) {
      long key = (long) LONGS.getAcquire(slots, 2 * slot);
      if (key == hash) {
        return (int) slots[2 * slot + 1];
      }
      if (key == 0) {
        return -1;
      }
    }
  }

  /** The word of entry {@code entry} (as {@link #find} gave it). */
  String word(int entry) {
    return entries[2 * entry];
  }

  /** The stem of entry {@code entry} (as {@link #find} gave it); empty for a stop word. */
  String stem(int entry) {
    return entries[2 * entry + 1];
  }

  /** The {@link TermHash} of entry {@code entry}'s word (as {@link #find} gave it). */
  long termHash(int entry) {
    return termHashes[entry];
  }

  /** The {@link StemHash} of entry {@code entry}'s stem (0 for a stop word). */
  int stemHash(int entry) {
    return stemHashes[entry];
  }

  /**
   * Caches the word, stem, word's {@link TermHash} and stem's {@link StemHash} of the token {@code
   * text[0, length)}, unless it is already there, longer than {@link #MAX_LENGTH} or the cache is
   * full.
   */
  void put(char[] text, int length, String word, String stem, long termHash, int stemHash) {
    if (!full && length <= MAX_LENGTH) { // once full, misses no longer queue for the lock
      insert(hash(text, length), word, stem, termHash, stemHash);
    }
  }

  private synchronized void insert(
      long hash, String word, String stem, long termHash, int stemHash) {
    if (count >= MAX_TOKENS) {
      full = true;
      return;
    }
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
    String[] array = entries;
    if (2 * count == array.length) {
      array = java.util.Arrays.copyOf(array, array.length * 2);
    }
    array[2 * count] = word;
    array[2 * count + 1] = stem;
    long[] hashes = termHashes;
    if (count == hashes.length) {
      hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
    }
    hashes[count] = termHash;
    int[] stemHashArray = stemHashes;
    if (count == stemHashArray.length) {
      stemHashArray = java.util.Arrays.copyOf(stemHashArray, stemHashArray.length * 2);
    }
    stemHashArray[count] = stemHash;
    if (array != entries) {
      entries = array;
    }
    if (hashes != termHashes) {
      termHashes = hashes;
    }
    if (stemHashArray != stemHashes) {
      stemHashes = stemHashArray;
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

  /** Entries cached so far. */
  synchronized int size() {
    return count;
  }

  /**
   * FNV-1a over the characters, ASCII capitals read as small letters, then a 64-bit finalizer
   * (never 0: 0 marks an empty slot).
   */
  static long hash(char[] text, int length) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      h ^= (c >= 'A' && c <= 'Z') ? c | 0x20 : c;
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
