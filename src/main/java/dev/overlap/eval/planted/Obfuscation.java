package dev.overlap.eval.planted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How a reused passage is disguised, after PAN's artificial obfuscation: random word
 * replacements, insertions and deletions, and sentence reordering, at rising strength.
 */
public enum Obfuscation {
  /** Copied as is. */
  NONE,
  /** About 10% of words replaced, inserted or deleted. */
  LIGHT,
  /** Sentences reordered, and about 10% of words edited. */
  SHUFFLE,
  /** 25–35% of words edited, sentences reordered, about one sentence in five dropped. */
  HEAVY,
  /** About half of the sentences dropped, the rest shortened by 30–50%. */
  SUMMARY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sentences of a passage, disguised; {@code vocabulary} supplies replacement words. */
  public List<String> apply(List<String> sentences, Random random, List<String> vocabulary) {
    List<String> out = new ArrayList<>(sentences);
    switch (this) {
      case NONE -> {}
      case LIGHT -> out = edit(out, 0.10, random, vocabulary);
      case SHUFFLE -> {
        Collections.shuffle(out, random);
        out = edit(out, 0.10, random, vocabulary);
      }
      case HEAVY -> {
        out = drop(out, 0.2, random);
        Collections.shuffle(out, random);
        out = edit(out, 0.25 + 0.10 * random.nextDouble(), random, vocabulary);
      }
      case SUMMARY -> {
        out = drop(out, 0.5, random);
        List<String> shortened = new ArrayList<>();
        for (String sentence : out) {
          shortened.add(shorten(sentence, 0.3 + 0.2 * random.nextDouble(), random));
        }
        out = shortened;
      }
    }
    return out;
  }

  /**
   * {@code passage} disguised: cut into sentences (fragments joined to the next), {@link #apply}
   * to them, joined by spaces.
   */
  public String disguise(String passage, Random random, List<String> vocabulary) {
    List<String> sentences = new ArrayList<>();
    for (int[] span : Sentences.spans(passage)) {
      sentences.add(passage.substring(span[0], span[1]).strip());
    }
    return String.join(" ", apply(sentences, random, vocabulary));
  }

  /** Each word, with probability {@code rate}: replaced (1/2), deleted (1/4) or followed by a new one. */
  static List<String> edit(List<String> sentences, double rate, Random random, List<String> vocabulary) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      String[] words = sentence.split(" ");
      List<String> edited = new ArrayList<>();
      for (String word : words) {
        if (random.nextDouble() >= rate) {
          edited.add(word);
          continue;
        }
        double op = random.nextDouble();
        String other = vocabulary.get(random.nextInt(vocabulary.size()));
        if (op < 0.5) {
          edited.add(other + trailingPunctuation(word));
        } else if (op < 0.75) {
          if (!trailingPunctuation(word).isEmpty() && !edited.isEmpty()) {
            int last = edited.size() - 1;
            edited.set(last, edited.get(last) + trailingPunctuation(word));
          }
        } else {
          edited.add(word);
          edited.add(other);
        }
      }
      if (!edited.isEmpty()) {
        out.add(String.join(" ", edited));
      }
    }
    return out;
  }

  /** Drops about {@code share} of the sentences at random, keeping at least one. */
  static List<String> drop(List<String> sentences, double share, Random random) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      if (random.nextDouble() >= share) {
        out.add(sentence);
      }
    }
    if (out.isEmpty()) {
      out.add(sentences.get(random.nextInt(sentences.size())));
    }
    return out;
  }

  /** Removes about {@code share} of the words of a sentence as one stretch, keeping its end. */
  static String shorten(String sentence, double share, Random random) {
    String[] words = sentence.split(" ");
    int remove = (int) Math.round(words.length * share);
    if (words.length < 4 || remove == 0) {
      return sentence;
    }
    int start = 1 + random.nextInt(Math.max(1, words.length - remove - 1));
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (i < start || i >= start + remove) {
        kept.add(words[i]);
      }
    }
    return String.join(" ", kept);
  }

  private static String trailingPunctuation(String word) {
    int end = word.length();
    while (end > 0 && ".,;:!?".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(end);
  }
}
