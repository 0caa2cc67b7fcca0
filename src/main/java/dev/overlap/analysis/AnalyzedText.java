package dev.overlap.analysis;

/**
 * The words of a cleaned text, parallel arrays indexed by word number.
 *
 * @param text the cleaned text the offsets point into
 * @param terms normalized words
 * @param stems stemmed words, or the empty string for a stop word
 * @param starts UTF-16 offset of each word's first char in {@code text}
 * @param ends UTF-16 offset after each word's last char
 * @param scored whether the word counts towards similarity (its block is scored)
 * @param sentences sentence number of each word, non-decreasing from 0
 * @param termHashes each word's {@link TermHash}, what fingerprints are made of
 * @param stemHashes each word's stem's {@link StemHash} (0 for a stop word), the index's term
 */
public record AnalyzedText(
    String text,
    String[] terms,
    String[] stems,
    int[] starts,
    int[] ends,
    boolean[] scored,
    int[] sentences,
    long[] termHashes,
    int[] stemHashes) {

  public AnalyzedText {
    int n = terms.length;
    if (stems.length != n
        || starts.length != n
        || ends.length != n
        || scored.length != n
        || sentences.length != n
        || termHashes.length != n
        || stemHashes.length != n) {
      throw new IllegalArgumentException("parallel arrays differ in length");
    }
  }

  public int size() {
    return terms.length;
  }

  /** Stem → count over the scored content words (stop words left out). */
  public java.util.Map<String, Integer> contentStems() {
    java.util.Map<String, Integer> counts =
        java.util.HashMap.newHashMap(Math.min(stems.length, 4096)); // grown past that, rarely
    for (int i = 0; i < stems.length; i++) {
      if (scored[i] && !stems[i].isEmpty()) {
        counts.merge(stems[i], 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * {@link #contentStems} as the index takes it: the same counts, each stem with its {@link
   * StemHash}, made without hashing the stems' strings.
   */
  public StemCounts contentStemCounts() {
    return StemCounts.of(stems, stemHashes, scored);
  }

  /** Words that count towards similarity. */
  public int scoredWords() {
    int count = 0;
    for (boolean s : scored) {
      if (s) {
        count++;
      }
    }
    return count;
  }
}
