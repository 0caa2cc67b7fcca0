package dev.overlap.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockPhrasesTest {
  // 20 words; 5-word fingerprints start at words 0, 3, 6, 9, 12, 15 held by 1, 9, 7, 2, 0, 6 docs
  private final StockPhrases stock =
      StockPhrases.of(20, new int[] {0, 3, 6, 9, 12, 15}, new int[] {1, 9, 7, 2, 0, 6}, 5, 5);

  @Test
  void aRunIsStockWhenMostOfItsHeldFingerprintsAreCommon() {
    assertThat(stock.covers(3, 11)).as("fingerprints at 3 and 6, both common").isTrue();
    assertThat(stock.covers(0, 11)).as("1 of 3 rare: still most common").isTrue();
    assertThat(stock.covers(0, 14)).as("2 common, 2 rare: half").isTrue();
    assertThat(stock.covers(9, 14)).as("only the rare fingerprint at 9").isFalse();
    assertThat(stock.covers(0, 7)).as("only the rare fingerprint at 0 lies wholly inside").isFalse();
    assertThat(stock.covers(12, 17)).as("a fingerprint no document holds says nothing").isFalse();
    assertThat(stock.covers(12, 20)).as("...so the common one at 15 decides").isTrue();
    assertThat(stock.covers(4, 8)).as("shorter than a fingerprint").isFalse();
  }

  @Test
  void noneAndUnknownCountsMakeNothingStock() {
    assertThat(StockPhrases.NONE.covers(0, 100)).isFalse();
    StockPhrases unknown = StockPhrases.of(20, new int[] {0, 3}, new int[] {0, 0}, 5, 5);
    assertThat(unknown.covers(0, 20)).isFalse();
  }

  @Test
  void rejectsCountsThatDoNotMatchThePositions() {
    assertThatThrownBy(() -> StockPhrases.of(20, new int[] {0, 3}, new int[] {1}, 5, 5))
        .hasMessageContaining("2 fingerprint positions but 1 counts");
    assertThatThrownBy(() -> StockPhrases.of(20, new int[] {20}, new int[] {1}, 5, 5))
        .hasMessageContaining("fingerprint at word 20 of 20");
  }
}
