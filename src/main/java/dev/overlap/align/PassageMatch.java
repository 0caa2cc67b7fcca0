package dev.overlap.align;

/**
 * A passage of the checked essay and its twin in a source. Word ranges are indexes into the two
 * analysed texts, end exclusive; char ranges are UTF-16 offsets into the two cleaned texts.
 *
 * @param score how closely the two spans match, 0..1 (share of words matched exactly, or the
 *     sentence similarity for paraphrase)
 */
public record PassageMatch(
    int essayFirstWord,
    int essayEndWord,
    int sourceFirstWord,
    int sourceEndWord,
    int essayStart,
    int essayEnd,
    int sourceStart,
    int sourceEnd,
    PassageKind kind,
    double score) {

  public int essayWords() {
    return essayEndWord - essayFirstWord;
  }
}
