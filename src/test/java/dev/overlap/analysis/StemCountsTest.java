package dev.overlap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StemCountsTest {
  @Test
  void twoStemsSharingAHashStayApart() {
    StemCounts counts =
        StemCounts.of(
            new String[] {"a", "b", "a", "", "c", "b"},
            new int[] {7, 7, 7, 0, -9, 7},
            new boolean[] {true, true, true, true, true, false});

    assertThat(counts).isEqualTo(Map.of("a", 2, "b", 1, "c", 1));
    for (int i = 0; i < counts.size(); i++) {
      assertThat(counts.hash(i)).isEqualTo(i == 0 ? -9 : 7); // by hash
    }
  }

  /** The analysed counts are the map's, and each stem comes with its hash. */
  @Property(tries = 300)
  void theCountsOfAnAnalysedTextAreItsContentStems(
      @ForAll @StringLength(max = 400) String noise, @ForAll("words") java.util.List<String> words) {
    AnalyzedText text = TextAnalysis.defaults().analyze(String.join(" ", words) + " " + noise);

    StemCounts counts = text.contentStemCounts();

    assertThat(counts).isEqualTo(text.contentStems());
    int i = 0;
    for (Map.Entry<String, Integer> stem : counts.entrySet()) {
      assertThat(counts.hash(i)).as(stem.getKey()).isEqualTo(StemHash.of(stem.getKey()));
      assertThat(counts.count(i)).isEqualTo(stem.getValue());
      i++;
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<java.util.List<String>> words() {
    return net.jqwik.api.Arbitraries.of(
            "river", "Rivers", "the", "delta", "deltas", "silt", "and", "flood", "flooding", "über",
            "Ελληνικά", "naïve", "I", "x")
        .list()
        .ofMaxSize(60);
  }
}
