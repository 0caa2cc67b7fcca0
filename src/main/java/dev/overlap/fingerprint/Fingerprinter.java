package dev.overlap.fingerprint;

import dev.overlap.analysis.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes word shingles and winnows them. Stable across runs and machines (no {@code hashCode}):
 * fingerprints are stored in the index.
 *
 * <pre>
 * k=3, w=2: "a b c d e" → shingles [a b c] [b c d] [c d e] → hashes h0 h1 h2
 * windows (h0,h1) (h1,h2) → the rightmost minimum of each, each position recorded once
 * </pre>
 *
 * <p>Thread-safe.
 */
public final class Fingerprinter {
  private final FingerprintSettings settings;

  public Fingerprinter(FingerprintSettings settings) {
    this.settings = settings;
  }

  public FingerprintSettings settings() {
    return settings;
  }

  /** Winnowed fingerprints of the words, in word order. Fewer than k words give none. */
  public List<Fingerprint> fingerprints(AnalyzedText text) {
    return winnow(shingleHashes(text.terms()));
  }

  /** The hash of every k-shingle: element i covers words i..i+k−1. */
  public long[] shingleHashes(String[] terms) {
    int k = settings.shingleSize();
    int count = terms.length - k + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] wordHashes = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      wordHashes[i] = wordHash(terms[i]);
    }
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = mix(h ^ wordHashes[i + j]) + j;
      }
      shingles[i] = mix(h);
    }
    return shingles;
  }

  /** Robust winnowing: the rightmost minimal hash of every window, each position once. */
  public List<Fingerprint> winnow(long[] hashes) {
    int w = Math.min(settings.window(), Math.max(1, hashes.length));
    List<Fingerprint> selected = new ArrayList<>(hashes.length * 2 / (w + 1) + 1);
    int last = -1;
    for (int windowStart = 0; windowStart + w <= hashes.length; windowStart++) {
      int min = windowStart;
      for (int i = windowStart + 1; i < windowStart + w; i++) {
        if (Long.compareUnsigned(hashes[i], hashes[min]) <= 0) {
          min = i;
        }
      }
      if (min != last) {
        selected.add(new Fingerprint(hashes[min], min));
        last = min;
      }
    }
    return selected;
  }

  /** FNV-1a over the word's UTF-8 bytes, then a finalizer. */
  static long wordHash(String word) {
    // FNV-1a over the word's UTF-8 bytes, encoded on the fly (no byte[] per word): the same
    // value as hashing word.getBytes(UTF_8), an unpaired surrogate included (it encodes as '?').
    long h = 0xcbf29ce484222325L;
    int n = word.length();
    for (int i = 0; i < n; i++) {
      char c = word.charAt(i);
      if (c < 0x80) {
        h = (h ^ c) * 0x100000001b3L;
      } else if (c < 0x800) {
        h = (h ^ (0xC0 | (c >> 6))) * 0x100000001b3L;
        h = (h ^ (0x80 | (c & 0x3F))) * 0x100000001b3L;
      } else if (!Character.isSurrogate(c)) {
        h = (h ^ (0xE0 | (c >> 12))) * 0x100000001b3L;
        h = (h ^ (0x80 | ((c >> 6) & 0x3F))) * 0x100000001b3L;
        h = (h ^ (0x80 | (c & 0x3F))) * 0x100000001b3L;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(word.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, word.charAt(++i));
        h = (h ^ (0xF0 | (cp >> 18))) * 0x100000001b3L;
        h = (h ^ (0x80 | ((cp >> 12) & 0x3F))) * 0x100000001b3L;
        h = (h ^ (0x80 | ((cp >> 6) & 0x3F))) * 0x100000001b3L;
        h = (h ^ (0x80 | (cp & 0x3F))) * 0x100000001b3L;
      } else {
        h = (h ^ '?') * 0x100000001b3L;
      }
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
