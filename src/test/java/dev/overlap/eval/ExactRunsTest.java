package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import dev.overlap.report.ReportText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactRunsTest {
  @Test
  void wordsAreLettersAndDigitsLowerCasedWithoutAccents() {
    assertThat(ExactRuns.words("Dvořák’s 2nd Symphony, (1880)!"))
        .containsExactly("dvorak", "s", "2nd", "symphony", "1880");
    assertThat(ExactRuns.words(" -- ")).isEmpty();
  }

  @Test
  void longestRunIsTheLongestStretchInOrder() {
    List<String> a = ExactRuns.words("a b c d e x f g h");
    List<String> b = ExactRuns.words("f g h y a b c d e");
    assertThat(ExactRuns.longest(a, b)).isEqualTo(5);
    assertThat(ExactRuns.longest(b, a)).isEqualTo(5);
    // the same words out of order are no run
    assertThat(ExactRuns.longest(ExactRuns.words("e d c b a"), ExactRuns.words("a b c d e")))
        .isEqualTo(1);
    assertThat(ExactRuns.longest(List.of(), b)).isZero();
  }

  @Test
  void runsAreReadInsideThePassagesOnly() {
    // code point offsets: the emoji before the passage is one code point, two chars
    String essay = "\uD83D\uDE00 one two three four five. six seven";
    String source = "one two three four five. six seven eight";
    CheckReport.Passage inside =
        new CheckReport.Passage(
            new CheckReport.Span(2, 26), new CheckReport.Span(0, 24), 5, "verbatim", 1.0, "one …");
    CheckReport report =
        new CheckReport(
            CheckReport.SCHEMA_VERSION,
            new CheckReport.EssayInfo("essay.txt", 7, 7),
            0.7,
            0.7,
            List.of(new CheckReport.SourceReport("id", "source.txt", 0.7, 0.6, 5, List.of(inside))),
            null,
            List.of());
    CheckedEssay checked =
        new CheckedEssay(
            report,
            new ReportText(essay, List.of()),
            Map.of("id", new ReportText(source, List.of())));
    // "six seven" follows in both texts but lies outside the passage: not counted
    assertThat(ExactRuns.longestInPassages(checked)).isEqualTo(5);
    assertThat(ExactRuns.longestInPassages(checked, s -> s.path().equals("source.txt"))).isEqualTo(5);
    assertThat(ExactRuns.longestInPassages(checked, s -> s.path().equals("other.txt"))).isZero();
    assertThat(ExactRuns.longestInPassages(CheckedEssay.withoutTexts(
            new CheckReport(CheckReport.SCHEMA_VERSION, new CheckReport.EssayInfo("e", 0, 0),
                0.0, 0.0, List.of(), null, List.of()))))
        .isZero();
    assertThatThrownBy(
            () ->
                ExactRuns.longestInPassages(
                    new CheckedEssay(report, new ReportText(essay, List.of()), Map.of())))
        .hasMessage("no text for the report's source id");
  }
}
