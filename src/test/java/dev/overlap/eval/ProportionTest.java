package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionTest {
  @Test
  void wilsonIntervalsMatchNewcombesTable() {
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I,
    // method 3 (score interval without continuity correction)
    assertInterval(Proportion.of(81, 263), 0.2553, 0.3662);
    assertInterval(Proportion.of(15, 148), 0.0624, 0.1605);
    assertInterval(Proportion.of(0, 20), 0.0, 0.1611);
    assertInterval(Proportion.of(1, 29), 0.0061, 0.1718);
  }

  @Test
  void oneDocumentInTwentyCannotMeasureAFourPercentRate() {
    Proportion small = Proportion.of(1, 20);
    assertThat(small.share()).isEqualTo(0.05);
    assertThat(small.high()).isGreaterThan(0.2);
    Proportion large = Proportion.of(2, 120);
    assertThat(large.high()).isLessThan(0.06);
    assertThat(large.low()).isGreaterThan(0).isLessThan(large.share());
  }

  @Test
  void staysInsideZeroToOne() {
    assertThat(Proportion.of(120, 120).high()).isEqualTo(1.0);
    assertThat(Proportion.of(0, 5).low()).isEqualTo(0.0);
    assertThat(Proportion.of(0, 0)).isEqualTo(new Proportion(0, 0, 0, 0, 1));
    assertThatThrownBy(() -> Proportion.of(3, 2)).hasMessage("count must be 0..2, got 3");
  }

  private static void assertInterval(Proportion p, double low, double high) {
    assertThat(p.low()).isCloseTo(low, within(0.00005));
    assertThat(p.high()).isCloseTo(high, within(0.00005));
  }
}
