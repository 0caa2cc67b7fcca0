package dev.overlap.eval;

import java.util.Random;

/**
 * Made-up English-looking text for end-to-end tests: pseudo-words from a vocabulary of tens of
 * thousands between English function words, so two texts share no run of words by chance.
 * Seeded, so every run sees the same.
 */
public final class Fixtures {
  private static final String[] FUNCTION = {
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "we", "with", "as", "by"
  };
  private static final String[] ONSETS = {
    "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "v", "br", "cr", "st", "tr"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ea", "io", "ou"};

  private Fixtures() {}

  /** Sentences of 10–18 words, about {@code words} words in all. */
  public static String english(Random random, int words) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    while (n < words) {
      int length = 10 + random.nextInt(9);
      for (int i = 0; i < length; i++) {
        String word =
            random.nextDouble() < 0.35
                ? FUNCTION[random.nextInt(FUNCTION.length)]
                : pseudoWord(random);
        if (i == 0) {
          word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        out.append(n == 0 ? "" : " ").append(word);
        n++;
      }
      out.append('.');
    }
    return out.toString();
  }

  private static String pseudoWord(Random random) {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    return word.toString();
  }
}
