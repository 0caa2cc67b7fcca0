package dev.overlap.eval.planted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.eval.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlantedCorpusTest {
  private static List<String> texts(int n) {
    Random random = new Random(1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Fixtures.english(random, 350 + random.nextInt(200)));
    }
    return out;
  }

  private static String span(String text, int offset, int length) {
    int start = text.offsetByCodePoints(0, offset);
    return text.substring(start, text.offsetByCodePoints(start, length));
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    List<String> texts = texts(30);
    assertThat(PlantedCorpus.generate(texts, 18, 9)).isEqualTo(PlantedCorpus.generate(texts, 18, 9));
    assertThat(PlantedCorpus.generate(texts, 18, 9)).isNotEqualTo(PlantedCorpus.generate(texts, 18, 10));
  }

  @Test
  void everyObfuscationAndNoReuseGetsOneDocumentInSix() {
    PlantedCorpus corpus = PlantedCorpus.generate(texts(30), 18, 9);
    assertThat(corpus.sources()).hasSize(12);
    assertThat(corpus.suspicious().stream().map(PlantedCorpus.Suspicious::label))
        .containsExactly(
            "no reuse", "none", "light", "shuffle", "heavy", "summary",
            "no reuse", "none", "light", "shuffle", "heavy", "summary",
            "no reuse", "none", "light", "shuffle", "heavy", "summary");
    assertThat(corpus.suspicious().get(0).cases()).isEmpty();
  }

  @Test
  void theNoReuseCountIsAnOptionSpreadEvenly() {
    List<String> texts = texts(30);
    assertThat(PlantedCorpus.generate(texts, 18, PlantedCorpus.defaultNoReuse(18), 9))
        .isEqualTo(PlantedCorpus.generate(texts, 18, 9));
    PlantedCorpus corpus = PlantedCorpus.generate(texts, 12, 4, 9);
    assertThat(corpus.suspicious().stream().map(PlantedCorpus.Suspicious::label))
        .containsExactly(
            "no reuse", "none", "light",
            "no reuse", "shuffle", "heavy",
            "no reuse", "summary", "none",
            "no reuse", "light", "shuffle");
    assertThat(PlantedCorpus.generate(texts, 5, 5, 9).suspicious())
        .allSatisfy(d -> assertThat(d.cases()).isEmpty());
    assertThat(PlantedCorpus.generate(texts, 5, 0, 9).suspicious())
        .allSatisfy(d -> assertThat(d.cases()).isNotEmpty());
  }

  @Test
  void casesPointAtThePassageInBothDocuments() {
    PlantedCorpus corpus = PlantedCorpus.generate(texts(40), 30, 4);
    for (PlantedCorpus.Suspicious doc : corpus.suspicious()) {
      assertThat(doc.cases().size()).isBetween(doc.obfuscation() == null ? 0 : 1, 3);
      for (PlantedCorpus.PlantedCase c : doc.cases()) {
        String source =
            corpus.sources().stream().filter(s -> s.name().equals(c.source())).findFirst().orElseThrow().text();
        String original = span(source, c.sourceOffset(), c.sourceLength());
        String planted = span(doc.text(), c.thisOffset(), c.thisLength());
        int words = original.split("\\s+").length;
        assertThat(words).isBetween(PlantedCorpus.MIN_PASSAGE_WORDS, PlantedCorpus.MAX_PASSAGE_WORDS + 18);
        assertThat(original).endsWith(".");
        if (doc.obfuscation() == Obfuscation.NONE) {
          assertThat(planted).isEqualTo(original.replaceAll("\\s+", " "));
        } else {
          assertThat(planted).isNotEqualTo(original.replaceAll("\\s+", " "));
        }
      }
    }
  }

  @Test
  void theHostIsTheTextWithoutItsPlantedPassages() {
    PlantedCorpus corpus = PlantedCorpus.generate(texts(40), 30, 4);
    List<String> hosts = new ArrayList<>();
    for (PlantedCorpus.Suspicious doc : corpus.suspicious()) {
      // each passage was inserted after a space at a sentence end: cut both out, last first
      StringBuilder text = new StringBuilder(doc.text());
      for (int c = doc.cases().size() - 1; c >= 0; c--) {
        PlantedCorpus.PlantedCase planted = doc.cases().get(c);
        int start = text.offsetByCodePoints(0, planted.thisOffset());
        int end = text.offsetByCodePoints(start, planted.thisLength());
        assertThat(text.charAt(start - 1)).isEqualTo(' ');
        text.delete(start - 1, end);
      }
      assertThat(doc.host()).isEqualTo(text.toString());
      if (doc.obfuscation() != null) {
        assertThat(doc.host()).isNotEqualTo(doc.text());
      }
      hosts.add(doc.host());
    }
    // every host is a different text, none of them a source
    assertThat(hosts).doesNotHaveDuplicates();
    assertThat(corpus.sources()).noneMatch(s -> hosts.contains(s.text()));
  }

  @Test
  void obfuscationsEditAsMuchAsTheySay() {
    Random random = new Random(2);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sentences.add(Fixtures.english(random, 10));
    }
    List<String> vocabulary = List.of("alpha", "beta", "gamma");
    int total = String.join(" ", sentences).split(" ").length;
    List<String> light = Obfuscation.LIGHT.apply(sentences, new Random(3), vocabulary);
    long changed = String.join(" ", light).split(" ").length;
    long inserted = countOf(light, vocabulary);
    assertThat((double) inserted / total).isBetween(0.04, 0.12); // replacements and insertions
    assertThat(changed).isBetween((long) (total * 0.9), (long) (total * 1.1));
    List<String> heavy = Obfuscation.HEAVY.apply(sentences, new Random(3), vocabulary);
    assertThat(heavy.size()).isLessThan(sentences.size());
    assertThat((double) countOf(heavy, vocabulary) / total).isBetween(0.12, 0.35);
    List<String> summary = Obfuscation.SUMMARY.apply(sentences, new Random(3), vocabulary);
    assertThat(String.join(" ", summary).split(" ").length).isLessThan(total * 6 / 10);
    assertThat(Obfuscation.NONE.apply(sentences, new Random(3), vocabulary)).isEqualTo(sentences);
  }

  private static long countOf(List<String> sentences, List<String> vocabulary) {
    long n = 0;
    for (String w : String.join(" ", sentences).split(" ")) {
      if (vocabulary.contains(w.replaceAll("[.,;:!?]+$", ""))) {
        n++;
      }
    }
    return n;
  }

  @Test
  void europarlStyleLinesBecomeEnglishDocumentsOf300Words() {
    Random random = new Random(5);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      bodies.add(Fixtures.english(random, 170));
      bodies.add("Dies ist kein englischer Text, sondern ein deutscher Absatz mit vielen Wörtern und"
          + " Sätzen, die nicht genommen werden dürfen, weil sie keine englischen Funktionswörter"
          + " enthalten, auch wenn sie lang genug sind.");
    }
    List<String> documents = TextCorpus.documents(bodies);
    assertThat(documents).hasSize(5);
    for (String d : documents) {
      assertThat(d.split("\\s+").length).isBetween(TextCorpus.MIN_WORDS, 900);
      assertThat(d).doesNotContain("Dies ist");
    }
  }
}
