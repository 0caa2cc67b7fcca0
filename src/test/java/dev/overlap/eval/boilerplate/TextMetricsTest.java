package dev.overlap.eval.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextMetricsTest {
  @Test
  void tokensArePythonWordRunsAndKeepTheirCase() {
    assertThat(TextMetrics.tokens("Hello, wörld_1 — 2nd café!")).containsExactly("Hello", "wörld_1", "2nd", "café");
  }

  @Test
  void shinglesCountMultisetsAndNormalize() {
    TextMetrics.Counts same = TextMetrics.shingles("a b c d e", "a b c d e", 4);
    assertThat(same.tp()).isEqualTo(1.0);
    // truth shingles: abcd, bcde; predicted: abcd, bcdx -> tp 1, fp 1, fn 1
    TextMetrics.Counts half = TextMetrics.shingles("a b c d e", "a b c d x", 4);
    assertThat(half.tp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(half.fp()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(TextMetrics.precision(half)).isCloseTo(0.5, within(1e-9));
    // Case matters upstream: "A" and "a" are different tokens.
    assertThat(TextMetrics.shingles("A b c d", "a b c d", 4).tp()).isZero();
    // Fewer than 4 tokens: one shorter shingle.
    assertThat(TextMetrics.shingles("a b", "a b", 4).tp()).isEqualTo(1.0);
  }

  @Test
  void upstreamEdgeCases() {
    TextMetrics.Counts empty = TextMetrics.shingles("", "", 4);
    assertThat(TextMetrics.precision(empty)).isEqualTo(1.0);
    TextMetrics.Counts missed = TextMetrics.shingles("a b c d", "", 4);
    assertThat(TextMetrics.recall(missed)).isZero();
  }

  @Test
  void wordF1IsLowerCasedBagOfWords() {
    double[] prf = TextMetrics.wordPrf("The cat the", "the CAT sat");
    // overlap: the(1) + cat(1) = 2; |pred| = 3, |ref| = 3
    assertThat(prf[0]).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(prf[2]).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(TextMetrics.wordPrf("", "")[2]).isEqualTo(1.0);
  }
}
