package dev.overlap.fingerprint;

import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TermHash;
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
    return winnow(shingleHashes(text.termHashes()));
  }

  /** The hash of every k-shingle: element i covers words i..i+k−1. */
  public long[] shingleHashes(String[] terms) {
    long[] wordHashes = new long[terms.length];
    for (int i = 0; i < terms.length; i++) {
      wordHashes[i] = TermHash.of(terms[i]);
    }
    return shingleHashes(wordHashes);
  }

  /** The same from the words' {@link TermHash}es. */
  public long[] shingleHashes(long[] wordHashes) {
    int k = settings.shingleSize();
    int count = wordHashes.length - k + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < k; j++) {
        h = TermHash.mix(h ^ wordHashes[i + j]) + j;
      }
      shingles[i] = TermHash.mix(h);
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

}
