package dev.overlap.align;

import java.util.Arrays;

/**
 * Which runs of a checked essay are stock phrases: wording that many indexed documents share
 * ("The debate is closed. The vote will take place ...", "on behalf of the Committee on"), so
 * that finding it in one source says nothing about reuse from that source.
 *
 * <p>Built from the essay's fingerprints (each covers {@code shingleSize} words from its first
 * word) and the number of indexed documents holding each. A run is stock when at least half of
 * the held fingerprints lying wholly inside it are held by {@code minDocs} documents or more. Not
 * all: the index keeps winnowed fingerprints, and a document whose text around the phrase differs
 * may have kept another shingle of it, so a formula's edge shingles can look rare. A run with no
 * held fingerprint inside (shorter than a winnowing window) is never stock, for want of evidence.
 *
 * <p>Immutable and thread-safe.
 */
public final class StockPhrases {
  /** Nothing is stock: alignment without an index (compare), or an index that cannot count. */
  public static final StockPhrases NONE = new StockPhrases(new int[0], 1, Integer.MAX_VALUE);

  /**
   * Documents (the source included) that must hold a phrase for it to be stock. Europarl's
   * formulas sit in 8–14 of 426 documents, while a passage a student copies from a source that
   * is itself copied once more in the corpus is in 2 (3 with the essay itself indexed): 5 keeps
   * the second, and stays below the first however large the corpus grows, since a formula's
   * count grows with it. Measured (README, "Detection quality"): 3 takes evidence from answers
   * of one Clough task that share short phrases (4-class accuracy of B falls), 8 and 12 leave
   * more formulas.
   */
  public static final int DEFAULT_MIN_DOCS = 5;

  /** Document frequency of the fingerprint starting at each essay word; 0 where none starts. */
  private final int[] documentsAt;

  private final int shingleSize;
  private final int minDocs;

  private StockPhrases(int[] documentsAt, int shingleSize, int minDocs) {
    this.documentsAt = documentsAt;
    this.shingleSize = shingleSize;
    this.minDocs = minDocs;
  }

  /**
   * @param words words of the essay
   * @param firstWords first word of each essay fingerprint
   * @param documents number of indexed documents holding each fingerprint (same order)
   * @param shingleSize words a fingerprint covers
   * @param minDocs documents that make a phrase stock
   */
  public static StockPhrases of(
      int words, int[] firstWords, int[] documents, int shingleSize, int minDocs) {
    if (firstWords.length != documents.length) {
      throw new IllegalArgumentException(
          firstWords.length + " fingerprint positions but " + documents.length + " counts");
    }
    if (shingleSize < 1 || minDocs < 1) {
      throw new IllegalArgumentException(
          "shingle size and minDocs must be at least 1, got " + shingleSize + " and " + minDocs);
    }
    int[] at = new int[words];
    for (int i = 0; i < firstWords.length; i++) {
      int w = firstWords[i];
      if (w < 0 || w >= words) {
        throw new IllegalArgumentException("fingerprint at word " + w + " of " + words);
      }
      at[w] = Math.max(at[w], documents[i]);
    }
    return new StockPhrases(at, shingleSize, minDocs);
  }

  /** Whether essay words {@code from} (inclusive) to {@code to} (exclusive) are a stock phrase. */
  public boolean covers(int from, int to) {
    int held = 0;
    int common = 0;
    int last = Math.min(to - shingleSize, documentsAt.length - 1);
    for (int w = Math.max(0, from); w <= last; w++) {
      if (documentsAt[w] > 0) {
        held++;
        common += documentsAt[w] >= minDocs ? 1 : 0;
      }
    }
    return common > 0 && common * 2 >= held;
  }

  @Override
  public String toString() {
    return "StockPhrases" + Arrays.toString(documentsAt);
  }
}
