package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrdinalThresholdsTest {
  @Test
  void separableClassesGetThresholdsMidwayBetweenThem() {
    double[] scores = {0.0, 0.1, 0.4, 0.5, 0.7, 0.8, 0.95, 1.0};
    int[] labels = {0, 0, 1, 1, 2, 2, 3, 3};
    double[] thresholds = OrdinalThresholds.fit(scores, labels, 4);
    assertThat(thresholds).containsExactly(0.25, 0.6, 0.875);
    assertThat(OrdinalThresholds.classify(0.3, thresholds)).isEqualTo(1);
    assertThat(OrdinalThresholds.classify(0.9, thresholds)).isEqualTo(3);
    assertThat(OrdinalThresholds.classify(-1, thresholds)).isZero();
  }

  @Test
  void tiedScoresFallInOneClass() {
    // Two items share 0.5 but have labels 0 and 1: at most one of them can be right.
    double[] scores = {0.1, 0.5, 0.5, 0.9};
    int[] labels = {0, 0, 1, 1};
    double[] thresholds = OrdinalThresholds.fit(scores, labels, 2);
    int correct = 0;
    for (int i = 0; i < scores.length; i++) {
      correct += OrdinalThresholds.classify(scores[i], thresholds) == labels[i] ? 1 : 0;
    }
    assertThat(correct).isEqualTo(3);
    assertThat(thresholds[0]).isEqualTo(0.3); // lowest of the equally good boundaries
  }

  @Test
  void leaveOneOutHoldsEachItemOut() {
    // The lone class-1 item at 0.2 can only be predicted from the others, where no class-1
    // item is left below the class-2 ones: it is misclassified; all the rest are right.
    double[] scores = {0.0, 0.05, 0.1, 0.2, 0.6, 0.7, 0.8};
    int[] labels = {0, 0, 0, 1, 2, 2, 2};
    int[] predicted = OrdinalThresholds.leaveOneOut(scores, labels, 3);
    assertThat(predicted[3]).isNotEqualTo(1);
    assertThat(OrdinalThresholds.leaveOneOutAccuracy(scores, labels, 3)).isEqualTo(6.0 / 7);
  }

  @Test
  void wellSeparatedClassesAreClassifiedPerfectly() {
    double[] scores = new double[40];
    int[] labels = new int[40];
    for (int i = 0; i < 40; i++) {
      labels[i] = i / 10;
      scores[i] = 100 * labels[i] + i % 10; // gaps between classes wider than inside them
    }
    assertThat(OrdinalThresholds.leaveOneOutAccuracy(scores, labels, 4)).isEqualTo(1.0);
  }
}
