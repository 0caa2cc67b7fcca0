package dev.overlap.align;

/**
 * Thresholds of the aligner.
 *
 * @param minWords shortest passage reported, in words of the checked essay
 * @param seedWords shortest run of identical words used as a seed
 * @param maxGap most words between two seeds of one passage, in either text
 * @param sentenceCosine least cosine of the stemmed content words of a sentence pair seed
 * @param sentenceDice least Dice coefficient of the same
 * @param paraphrase whether sentence-pair seeds are used at all
 * @param minParaphraseWords least words of the essay that a source's passages must cover when
 *     they all rest on similar sentences alone (no passage has exact runs enough by themselves);
 *     0 reports such passages whatever their length
 */
public record AlignSettings(
    int minWords,
    int seedWords,
    int maxGap,
    double sentenceCosine,
    double sentenceDice,
    boolean paraphrase,
    int minParaphraseWords) {

  /**
   * Default of {@link #minParaphraseWords}. A lone paraphrase passage is one or two sentences that
   * say much what a source says, with no run of words copied: on texts about one topic that
   * happens without reuse (four Clough "non" answers, 18–29 words; Europarl thanks, openings and
   * procedural sentences, 19–34 words), while paraphrased reuse covers more, or keeps exact runs
   * beside it. Measured (README, "Detection quality"): 30 drops all four Clough cases and keeps
   * every plagiarized answer; 35 loses a heavy answer whose only passage is 33 words.
   */
  public static final int DEFAULT_MIN_PARAPHRASE_WORDS = 30;

  public static final AlignSettings DEFAULT =
      new AlignSettings(15, 3, 25, 0.4, 0.4, true, DEFAULT_MIN_PARAPHRASE_WORDS);

  public AlignSettings {
    if (minWords < 1) {
      throw new IllegalArgumentException("minWords must be at least 1, got " + minWords);
    }
    if (seedWords < 1 || seedWords > 12) {
      throw new IllegalArgumentException("seedWords must be 1..12, got " + seedWords);
    }
    if (maxGap < 0) {
      throw new IllegalArgumentException("maxGap must not be negative, got " + maxGap);
    }
    if (sentenceCosine <= 0 || sentenceCosine > 1 || sentenceDice <= 0 || sentenceDice > 1) {
      throw new IllegalArgumentException(
          "sentence thresholds must be in (0, 1], got cosine "
              + sentenceCosine
              + " and dice "
              + sentenceDice);
    }
    if (minParaphraseWords < 0) {
      throw new IllegalArgumentException(
          "minParaphraseWords must not be negative, got " + minParaphraseWords);
    }
  }

  /** These thresholds with {@link #DEFAULT_MIN_PARAPHRASE_WORDS}. */
  public AlignSettings(
      int minWords,
      int seedWords,
      int maxGap,
      double sentenceCosine,
      double sentenceDice,
      boolean paraphrase) {
    this(
        minWords,
        seedWords,
        maxGap,
        sentenceCosine,
        sentenceDice,
        paraphrase,
        DEFAULT_MIN_PARAPHRASE_WORDS);
  }

  public AlignSettings withMinWords(int words) {
    return new AlignSettings(
        words, seedWords, maxGap, sentenceCosine, sentenceDice, paraphrase, minParaphraseWords);
  }

  public AlignSettings withMinParaphraseWords(int words) {
    return new AlignSettings(
        minWords, seedWords, maxGap, sentenceCosine, sentenceDice, paraphrase, words);
  }
}
