package dev.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of an essay that {@code candidates.chunkWords} queries one by one. */
class EssayPartsTest {
  private final TextAnalysis analysis = TextAnalysis.defaults();

  @Test
  void partsHoldTheGivenNumberOfContentWordsAndAShortTailIsKeptOnlyFromHalf() {
    AnalyzedText words = analysis.analyze("river delta silt flood plain bank levee town mud coast");

    List<Map<String, Integer>> fours = Overlap.parts(words, 4);
    List<Map<String, Integer>> threes = Overlap.parts(words, 3);

    int content = words.contentStems().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(content).isEqualTo(10);
    // 4 + 4 + a tail of 2 (half of 4: kept)
    assertThat(fours).extracting(p -> p.values().stream().mapToInt(Integer::intValue).sum()).containsExactly(4, 4, 2);
    // 3 + 3 + 3 + a tail of 1 (under half of 3: dropped)
    assertThat(threes).extracting(p -> p.values().stream().mapToInt(Integer::intValue).sum()).containsExactly(3, 3, 3);
    assertThat(fours.get(0)).containsOnlyKeys(words.stems()[0], words.stems()[1], words.stems()[2], words.stems()[3]);
    assertThat(Overlap.parts(words, 0)).isEmpty();
  }

  @Test
  void stopWordsAreNotContentWords() {
    AnalyzedText words = analysis.analyze("the river and the delta of the silt");

    // river delta | silt (a tail of 1, half of 2: kept)
    assertThat(Overlap.parts(words, 2)).extracting(Map::size).containsExactly(2, 1);
  }
}
