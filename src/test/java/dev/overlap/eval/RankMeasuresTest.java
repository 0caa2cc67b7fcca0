package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankMeasuresTest {
  @Test
  void averageRanksShareTies() {
    assertThat(RankMeasures.averageRanks(new double[] {0.3, 0.1, 0.3, 0.9}))
        .containsExactly(2.5, 1.0, 2.5, 4.0);
  }

  @Test
  void aucOfAPerfectSeparationIsOne() {
    double[] scores = {0.9, 0.8, 0.1, 0.2};
    boolean[] positive = {true, true, false, false};
    assertThat(RankMeasures.rocAuc(scores, positive)).isEqualTo(1.0);
    assertThat(RankMeasures.rocAuc(scores, new boolean[] {false, false, true, true})).isZero();
  }

  @Test
  void aucCountsTiesAsOneHalf() {
    // pairs (pos, neg): (0.5, 0.5) tie, (0.5, 0.1) win, (0.9, 0.5) win, (0.9, 0.1) win → 3.5 / 4
    double[] scores = {0.5, 0.9, 0.5, 0.1};
    boolean[] positive = {true, true, false, false};
    assertThat(RankMeasures.rocAuc(scores, positive)).isEqualTo(3.5 / 4);
    assertThat(RankMeasures.rocAuc(new double[] {0, 0, 0}, new boolean[] {true, false, false}))
        .isEqualTo(0.5);
  }

  @Test
  void aucNeedsBothClasses() {
    assertThatThrownBy(() -> RankMeasures.rocAuc(new double[] {1, 2}, new boolean[] {true, true}))
        .hasMessageContaining("2 positives and 0 negatives");
  }

  @Test
  void spearmanOfMonotoneDataIsOne() {
    assertThat(RankMeasures.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 35, 1000}))
        .isCloseTo(1.0, within(1e-12));
    assertThat(RankMeasures.spearman(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1}))
        .isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void spearmanWithTiesUsesAverageRanks() {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: Pearson of those = 0.9486832980505138
    double rho = RankMeasures.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4});
    assertThat(rho).isCloseTo(0.9486832980505138, within(1e-12));
    assertThat(RankMeasures.spearman(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isZero();
  }
}
