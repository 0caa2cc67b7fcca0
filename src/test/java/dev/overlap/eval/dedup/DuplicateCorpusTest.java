package dev.overlap.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.index.DuplicateGroups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateCorpusTest {
  /** Distinct texts of 100 words in 10 sentences, no word shared between texts. */
  static List<String> texts(int n) {
    List<String> out = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 100; w++) {
        text.append("t").append(t).append("w").append(w).append(w % 10 == 9 ? ". " : " ");
      }
      out.add(text.toString().strip());
    }
    return out;
  }

  @Test
  void plantsGroupsOfAnOriginalAndOneToThreeVariants() {
    DuplicateCorpus corpus = DuplicateCorpus.generate(texts(500), 400, 1);
    assertThat(corpus.documents()).hasSize(400);
    assertThat(corpus.documents().get(0).name()).isEqualTo("doc00000.txt");
    Map<Integer, List<DuplicateCorpus.Document>> groups = new HashMap<>();
    for (DuplicateCorpus.Document d : corpus.documents()) {
      if (d.group() >= 0) {
        groups.computeIfAbsent(d.group(), g -> new ArrayList<>()).add(d);
      }
    }
    assertThat(groups).hasSize(400 / DuplicateCorpus.GROUP_EVERY);
    long pairs = 0;
    for (List<DuplicateCorpus.Document> members : groups.values()) {
      assertThat(members.size()).isBetween(2, 4);
      assertThat(members.stream().filter(d -> d.variant() == DuplicateCorpus.Variant.ORIGINAL)).hasSize(1);
      pairs += members.size() * (members.size() - 1L) / 2;
    }
    assertThat(corpus.truePairs()).isEqualTo(pairs);
    assertThat(DuplicateCorpus.generate(texts(500), 400, 1)).as("seeded").isEqualTo(corpus);
  }

  @Test
  void editsChangeAboutTheAskedShareOfWords() {
    String text = texts(1).get(0).repeat(10);
    String edited = DuplicateCorpus.edit(text, 0.08, new Random(3));
    List<String> before = List.of(text.split(" "));
    long kept = java.util.Arrays.stream(edited.split(" ")).filter(before::contains).count();
    assertThat(edited).isNotEqualTo(text);
    assertThat((double) kept / before.size()).isBetween(0.88, 0.97);
  }

  @Test
  void aNewIntroReplacesTheFirstSentencesWithAnotherTextsOpening() {
    List<String> t = texts(2);
    String changed = DuplicateCorpus.newIntro(t.get(0), t.get(1));
    assertThat(changed).startsWith("t1w0 ").contains("t1w19.").doesNotContain("t1w20");
    assertThat(changed).doesNotContain("t0w19.").contains("t0w20").endsWith("t0w99.");
  }

  @Test
  void refusesTooFewTexts() {
    assertThatThrownBy(() -> DuplicateCorpus.generate(texts(50), 100, 1))
        .hasMessageContaining("got 50");
  }

  @Test
  void scoresPairsOfFoundGroupsAgainstThePlantedOnes() {
    List<DuplicateCorpus.Document> docs =
        List.of(
            new DuplicateCorpus.Document("a.txt", "", 0, DuplicateCorpus.Variant.ORIGINAL),
            new DuplicateCorpus.Document("b.txt", "", 0, DuplicateCorpus.Variant.EXACT),
            new DuplicateCorpus.Document("c.txt", "", 0, DuplicateCorpus.Variant.EDITED),
            new DuplicateCorpus.Document("d.txt", "", -1, DuplicateCorpus.Variant.ORIGINAL),
            new DuplicateCorpus.Document("e.txt", "", 1, DuplicateCorpus.Variant.ORIGINAL),
            new DuplicateCorpus.Document("f.txt", "", 1, DuplicateCorpus.Variant.NEW_INTRO));
    DuplicateCorpus corpus = new DuplicateCorpus(docs);
    Map<String, DuplicateCorpus.Document> byName = new HashMap<>();
    docs.forEach(d -> byName.put(d.name(), d));
    // found: {a, b, d} (a-b right, a-d and b-d wrong) and nothing for c, e, f
    DuplicateGroups found =
        new DuplicateGroups(
            List.of(new DuplicateGroups.Group(3, List.of(member("a.txt"), member("b.txt"), member("d.txt")))),
            6, 50, 0.4, 10, 0, 5);

    DedupEvaluation.Row row = DedupEvaluation.score(found, corpus, byName);

    assertThat(row.foundPairs()).isEqualTo(3);
    assertThat(row.correctPairs()).isEqualTo(1);
    assertThat(row.precision()).isEqualTo(1 / 3.0);
    assertThat(row.recall()).as("planted pairs: a-b, a-c, b-c, e-f").isEqualTo(0.25);
    assertThat(row.variantRecall())
        .containsEntry("exact", 1.0)
        .containsEntry("edited", 0.0)
        .containsEntry("new intro", 0.0);
  }

  private static DuplicateGroups.Member member(String name) {
    return new DuplicateGroups.Member("/x/" + name, "docs/" + name, 100, 40, 40, 1.0);
  }
}
