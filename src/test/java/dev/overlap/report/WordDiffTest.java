package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {
  private static CheckReport.Span all(String text) {
    return new CheckReport.Span(0, text.codePointCount(0, text.length()));
  }

  @Test
  void unmatchedRunsComeBackAsCodePointRanges() {
    // 𝔘 is two UTF-16 chars: "big" starts at char 6 but code point 5.
    String first = "𝔘 the big old cat sat";
    String second = "𝔘 the cat sat down";

    WordDiff.Result diff = WordDiff.of(first, all(first), second, all(second));

    assertThat(diff.first()).containsExactly(new WordDiff.Range(6, 13));
    assertThat(first.substring(first.offsetByCodePoints(0, 6), first.offsetByCodePoints(0, 13)))
        .isEqualTo("big old");
    assertThat(diff.second()).containsExactly(new WordDiff.Range(14, 18));
  }

  @Test
  void caseAccentsAndCurlyApostrophesAreNotChanges() {
    String first = "Dvořák’s NEW world";
    String second = "dvorak's new World";
    WordDiff.Result diff = WordDiff.of(first, all(first), second, all(second));
    assertThat(diff.first()).isEmpty();
    assertThat(diff.second()).isEmpty();
  }

  @Test
  void onlyTheSpansAreCompared() {
    String first = "outside same words outside";
    String second = "same words";
    WordDiff.Result diff =
        WordDiff.of(first, new CheckReport.Span(8, 18), second, all(second));
    assertThat(diff.first()).isEmpty();
    assertThat(diff.second()).isEmpty();
  }
}
