package dev.overlap.analysis;

/**
 * The 64-bit hash of a term that fingerprints are made of ({@code Fingerprinter} hashes shingles
 * of these): stable across runs and machines, since fingerprints are stored in the index. {@link
 * TextAnalysis} computes it once per distinct token and gives it with each word ({@link
 * AnalyzedText#termHashes}).
 */
public final class TermHash {
  private TermHash() {}

  /** FNV-1a over the term's UTF-8 bytes, then {@link #mix}. */
  public static long of(String word) {
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
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
