package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistributionTest {
  @Test
  void summarizes() {
    assertThat(Distribution.of(new double[] {3, 1, 2, 10}))
        .isEqualTo(new Distribution(4, 1, 2.5, 10, 4));
    assertThat(Distribution.of(new double[] {5}).median()).isEqualTo(5);
  }
}
