package dev.overlap.eval.planted;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A generated corpus: source documents, and suspicious documents that are real host documents
 * with 1–3 passages of 40–300 words from different sources inserted at sentence boundaries, all
 * with one obfuscation, or (one in six by default) no reuse at all. Spans are in code points, as PAN counts
 * characters. The same texts, count and seed give the same corpus.
 */
public record PlantedCorpus(List<Document> sources, List<Suspicious> suspicious) {
  public static final int MIN_PASSAGE_WORDS = 40;
  public static final int MAX_PASSAGE_WORDS = 300;

  /** A document and its file name. */
  public record Document(String name, String text) {}

  /**
   * A suspicious document.
   *
   * @param obfuscation of all its passages; null when it reuses nothing
   * @param host the host text before any passage was planted in it (the text itself when none
   *     was): a document without reuse too, so every host can be checked for false alarms
   */
  public record Suspicious(
      String name,
      String text,
      @Nullable Obfuscation obfuscation,
      List<PlantedCase> cases,
      String host) {

    public String label() {
      return obfuscation == null ? "no reuse" : obfuscation.label();
    }
  }

  /** One planted passage: its span in the suspicious document and in its source. */
  public record PlantedCase(
      String source, int thisOffset, int thisLength, int sourceOffset, int sourceLength) {}

  /**
   * Generates {@code docs} suspicious documents from {@code texts} (each used once: as a host, or
   * as a source), one in six of them without reuse.
   */
  public static PlantedCorpus generate(List<String> texts, int docs, long seed) {
    return generate(texts, docs, defaultNoReuse(docs), seed);
  }

  /** One in six documents, rounded up: the no-reuse count {@link #generate} uses by default. */
  public static int defaultNoReuse(int docs) {
    return (docs + 5) / 6;
  }

  /**
   * Generates {@code docs} suspicious documents, {@code noReuse} of them without reuse, spread
   * evenly among the others; the documents with reuse take the obfuscations in turn. With {@link
   * #defaultNoReuse} the corpus is the one {@link #generate(List, int, long)} makes.
   */
  public static PlantedCorpus generate(List<String> texts, int docs, int noReuse, long seed) {
    if (docs < 1) {
      throw new IllegalArgumentException("docs must be at least 1, got " + docs);
    }
    if (noReuse < 0 || noReuse > docs) {
      throw new IllegalArgumentException(
          "the no-reuse documents must be 0.." + docs + " (--docs), got " + noReuse);
    }
    if (texts.size() < docs + 3) {
      throw new IllegalArgumentException(
          "need at least docs + 3 = " + (docs + 3) + " texts of 300+ words, got " + texts.size());
    }
    Random random = new Random(seed);
    List<String> shuffled = new ArrayList<>(texts);
    Collections.shuffle(shuffled, random);
    List<String> hosts = shuffled.subList(0, docs);
    List<Document> sources = new ArrayList<>();
    for (int i = docs; i < shuffled.size(); i++) {
      sources.add(new Document(name("source-document", i - docs), shuffled.get(i)));
    }
    Obfuscation[] kinds = Obfuscation.values();
    List<Suspicious> suspicious = new ArrayList<>();
    int withReuse = 0;
    for (int d = 0; d < docs; d++) {
      String host = hosts.get(d);
      String name = name("suspicious-document", d);
      // document d is without reuse when ceil(d·noReuse/docs) steps up at d: evenly spread,
      // starting with document 0 (so one in six is documents 0, 6, 12, ...)
      boolean none = ceilDiv((long) (d + 1) * noReuse, docs) > ceilDiv((long) d * noReuse, docs);
      if (none) {
        suspicious.add(new Suspicious(name, host, null, List.of(), host));
      } else {
        Obfuscation kind = kinds[withReuse++ % kinds.length];
        suspicious.add(plant(name, host, kind, sources, random));
      }
    }
    return new PlantedCorpus(sources, suspicious);
  }

  private static long ceilDiv(long a, long b) {
    return Math.ceilDiv(a, b);
  }

  private static String name(String prefix, int i) {
    return String.format(Locale.ROOT, "%s%05d.txt", prefix, i);
  }

  private record Passage(Document source, int start, int end, List<String> sentences) {}

  private static Suspicious plant(
      String name, String host, Obfuscation kind, List<Document> sources, Random random) {
    int count = 1 + random.nextInt(3);
    List<Document> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(count, sources.size())) {
      Document source = sources.get(random.nextInt(sources.size()));
      if (!chosen.contains(source)) {
        chosen.add(source);
      }
    }
    List<Passage> passages = new ArrayList<>();
    for (Document source : chosen) {
      passages.add(passage(source, random));
    }
    List<String> vocabulary = vocabulary(host);
    // insertion points: distinct sentence ends of the host, ascending
    List<int[]> hostSentences = Sentences.spans(host);
    List<Integer> points = new ArrayList<>();
    for (int[] sentence : hostSentences) {
      points.add(sentence[1]);
    }
    Collections.shuffle(points, random);
    List<Integer> at = new ArrayList<>(points.subList(0, Math.min(passages.size(), points.size())));
    Collections.sort(at);
    StringBuilder text = new StringBuilder();
    List<PlantedCase> cases = new ArrayList<>();
    int copied = 0;
    for (int p = 0; p < at.size(); p++) {
      text.append(host, copied, at.get(p));
      copied = at.get(p);
      Passage passage = passages.get(p);
      String disguised = disguise(kind, passage, random, vocabulary);
      text.append(' ');
      int start = text.codePointCount(0, text.length());
      text.append(disguised);
      String sourceText = passage.source().text();
      cases.add(
          new PlantedCase(
              passage.source().name(),
              start,
              disguised.codePointCount(0, disguised.length()),
              sourceText.codePointCount(0, passage.start()),
              sourceText.codePointCount(passage.start(), passage.end())));
    }
    text.append(host, copied, host.length());
    return new Suspicious(name, text.toString(), kind, cases, host);
  }

  /** Shortest planted text: a disguise that leaves less is drawn again (up to 20 times). */
  static final int MIN_PLANTED_WORDS = 15;

  private static String disguise(
      Obfuscation kind, Passage passage, Random random, List<String> vocabulary) {
    String disguised = "";
    for (int attempt = 0; attempt < 20; attempt++) {
      disguised = String.join(" ", kind.apply(passage.sentences(), random, vocabulary));
      if (Sentences.words(disguised) >= MIN_PLANTED_WORDS) {
        break;
      }
    }
    return disguised;
  }

  /** Consecutive whole sentences of 40–300 words (fewer if the source is shorter). */
  private static Passage passage(Document source, Random random) {
    List<int[]> sentences = Sentences.spans(source.text());
    int target = MIN_PASSAGE_WORDS + random.nextInt(MAX_PASSAGE_WORDS - MIN_PASSAGE_WORDS + 1);
    // the latest first sentence from which the target can still be reached
    int total = 0;
    int lastStart = 0;
    for (int s = sentences.size() - 1; s >= 0; s--) {
      total += Sentences.words(text(source, sentences.get(s)));
      if (total >= target) {
        lastStart = s;
        break;
      }
    }
    int first = random.nextInt(lastStart + 1);
    List<String> taken = new ArrayList<>();
    int words = 0;
    int s = first;
    while (s < sentences.size() && words < target) {
      String sentence = text(source, sentences.get(s)).replaceAll("\\s+", " ");
      taken.add(sentence);
      words += Sentences.words(sentence);
      s++;
    }
    return new Passage(source, sentences.get(first)[0], sentences.get(s - 1)[1], taken);
  }

  private static String text(Document source, int[] span) {
    return source.text().substring(span[0], span[1]);
  }

  /** Replacement words: the host's own words, so edits look like its text. */
  private static List<String> vocabulary(String host) {
    List<String> out = new ArrayList<>();
    for (String word : host.split("[^\\p{L}]+")) {
      if (word.length() > 2) {
        out.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return out.isEmpty() ? List.of("word") : out;
  }
}
