package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexedEssayTest {
  @Test
  void stemsGivenAsTextAreCountedAndWrittenBackWithTheSameCounts() {
    IndexedEssay essay =
        new IndexedEssay("a", "a.txt", "TEXT", null, "h", 6, new long[0], IndexedEssay.counts("river  delta river silt river"),
            "", new long[0], null, "");

    assertThat(essay.stems()).containsExactly(Map.entry("river", 3), Map.entry("delta", 1), Map.entry("silt", 1));
    assertThat(essay.stemText()).isEqualTo("river river river delta silt");
    assertThat(IndexedEssay.counts(essay.stemText())).isEqualTo(essay.stems());
    assertThat(IndexedEssay.counts("")).isEmpty();
  }
}
