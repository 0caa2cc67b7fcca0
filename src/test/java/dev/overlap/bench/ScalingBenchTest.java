package dev.overlap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScalingBenchTest {
  @Test
  void medianOfOddAndEvenCountsLeavesItsInputAlone() {
    double[] odd = {9, 1, 5};
    double[] even = {4, 1, 3, 2};

    assertThat(ScalingBench.median(odd)).isEqualTo(5);
    assertThat(ScalingBench.median(even)).isEqualTo(2.5);
    assertThat(ScalingBench.median(new double[] {7})).isEqualTo(7);
    assertThat(odd).containsExactly(9, 1, 5);
  }
}
