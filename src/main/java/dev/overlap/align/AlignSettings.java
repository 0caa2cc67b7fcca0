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
 */
public record AlignSettings(
    int minWords,
    int seedWords,
    int maxGap,
    double sentenceCosine,
    double sentenceDice,
    boolean paraphrase) {

  public static final AlignSettings DEFAULT = new AlignSettings(15, 3, 25, 0.4, 0.4, true);

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
  }

  public AlignSettings withMinWords(int words) {
    return new AlignSettings(words, seedWords, maxGap, sentenceCosine, sentenceDice, paraphrase);
  }
}
