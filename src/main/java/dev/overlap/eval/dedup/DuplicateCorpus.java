package dev.overlap.eval.dedup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated corpus with known near-duplicate groups. One document in {@link #GROUP_EVERY} (about)
 * is an original with 1–3 variants, each of one {@link Variant} kind; every other document is a
 * distinct real text. Documents are named in a shuffled order so that a group's members are not
 * neighbours. The same texts, count and seed give the same corpus.
 *
 * @param documents every document, in name order
 */
public record DuplicateCorpus(List<Document> documents) {
  /** About one original in this many documents gets variants. */
  public static final int GROUP_EVERY = 40;

  /** How a variant was made from its original. */
  public enum Variant {
    /** The original itself (not a variant). */
    ORIGINAL,
    /** Republished as is. */
    EXACT,
    /** 5–10% of the words replaced, deleted or followed by an inserted word. */
    EDITED,
    /** The first sentences (at least a fifth of the words) replaced by another text's opening. */
    NEW_INTRO;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * A document.
   *
   * @param group the original's number for members of a planted group, else -1
   */
  public record Document(String name, String text, int group, Variant variant) {}

  /**
   * Generates {@code docs} documents from {@code texts} (each text used at most once, as an
   * original, a singleton or an introduction).
   */
  public static DuplicateCorpus generate(List<String> texts, int docs, long seed) {
    if (docs < 10) {
      throw new IllegalArgumentException("docs must be at least 10, got " + docs);
    }
    Random random = new Random(seed);
    List<String> pool = new ArrayList<>(texts);
    Collections.shuffle(pool, random);
    int next = 0;
    List<Document> made = new ArrayList<>();
    int groups = Math.max(1, docs / GROUP_EVERY);
    for (int g = 0; g < groups && made.size() < docs; g++) {
      if (next >= pool.size()) {
        throw notEnough(texts, docs);
      }
      String original = pool.get(next++);
      made.add(new Document("", original, g, Variant.ORIGINAL));
      int variants = 1 + random.nextInt(3);
      for (int v = 0; v < variants && made.size() < docs; v++) {
        Variant kind = Variant.values()[1 + random.nextInt(3)];
        String text =
            switch (kind) {
              case EXACT, ORIGINAL -> original;
              case EDITED -> edit(original, 0.05 + 0.05 * random.nextDouble(), random);
              case NEW_INTRO -> {
                if (next >= pool.size()) {
                  throw notEnough(texts, docs);
                }
                yield newIntro(original, pool.get(next++));
              }
            };
        made.add(new Document("", text, g, kind));
      }
    }
    while (made.size() < docs) {
      if (next >= pool.size()) {
        throw notEnough(texts, docs);
      }
      made.add(new Document("", pool.get(next++), -1, Variant.ORIGINAL));
    }
    Collections.shuffle(made, random);
    List<Document> named = new ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      Document d = made.get(i);
      named.add(new Document(String.format(Locale.ROOT, "doc%05d.txt", i), d.text(), d.group(), d.variant()));
    }
    return new DuplicateCorpus(named);
  }

  /** Pairs of documents in the same planted group. */
  public long truePairs() {
    java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
    for (Document d : documents) {
      if (d.group() >= 0) {
        sizes.merge(d.group(), 1, Integer::sum);
      }
    }
    long pairs = 0;
    for (int size : sizes.values()) {
      pairs += (long) size * (size - 1) / 2;
    }
    return pairs;
  }

  private static IllegalArgumentException notEnough(List<String> texts, int docs) {
    return new IllegalArgumentException(
        "need about " + (docs + docs / GROUP_EVERY) + " distinct texts for " + docs
            + " documents, got " + texts.size());
  }

  /** Each word, with probability {@code rate}: replaced (1/2), deleted (1/4) or followed by one. */
  static String edit(String text, double rate, Random random) {
    List<String> vocabulary = new ArrayList<>();
    for (String word : text.split("[^\\p{L}]+")) {
      if (word.length() > 2) {
        vocabulary.add(word.toLowerCase(Locale.ROOT));
      }
    }
    if (vocabulary.isEmpty()) {
      vocabulary.add("word");
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\n", -1)) {
      List<String> edited = new ArrayList<>();
      for (String word : paragraph.strip().split(" +")) {
        if (word.isEmpty() || random.nextDouble() >= rate) {
          edited.add(word);
          continue;
        }
        double op = random.nextDouble();
        String other = vocabulary.get(random.nextInt(vocabulary.size()));
        if (op < 0.5) {
          edited.add(other);
        } else if (op >= 0.75) {
          edited.add(word);
          edited.add(other);
        } // else deleted
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(String.join(" ", edited));
    }
    return out.toString();
  }

  /**
   * {@code original} with its first sentences, at least a fifth of its words, replaced by the first
   * sentences of {@code other} of about the same number of words.
   */
  static String newIntro(String original, String other) {
    int cut = sentenceEndAfter(original, original.split("\\s+").length / 5, 0.5);
    int introWords = original.substring(0, cut).split("\\s+").length;
    int otherCut = sentenceEndAfter(other, introWords, 1.0);
    return other.substring(0, otherCut).strip() + "\n\n" + original.substring(cut).strip();
  }

  /**
   * The index just past the first sentence end (. ! ?) after {@code words} words; when there is
   * none within {@code most} of the text, just after the word itself.
   */
  private static int sentenceEndAfter(String text, int words, double most) {
    int wordEnd = text.length();
    int seen = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        seen++;
      }
      if (seen > words && wordEnd == text.length()) {
        wordEnd = i;
      }
      if (i > text.length() * most) {
        break;
      }
      if (seen >= words && (c == '.' || c == '!' || c == '?')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return wordEnd;
  }
}
