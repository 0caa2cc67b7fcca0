package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.clean.Block;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.CleanedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private static final Set<BlockKind> SCORED = Set.of(BlockKind.TITLE, BlockKind.ESSAY);

  @Test
  void unscoredBlocksBecomeStretchesInCodePoints() {
    // "𝔘" is one code point but two UTF-16 chars: every offset after it shifts by one.
    String text = "𝔘ber\nBody text.\nSmith 2001.\nOrder now!\n";
    CleanedText cleaned =
        new CleanedText(
            text,
            List.of(
                new Block(0, 5, BlockKind.TITLE, "first short line"),
                new Block(6, 16, BlockKind.ESSAY, "text"),
                new Block(17, 28, BlockKind.REFERENCES, "after a References heading"),
                new Block(29, 39, BlockKind.BOILERPLATE, "call to action")));

    ReportText report = ReportText.of(cleaned, SCORED);

    assertThat(report.text()).isEqualTo(text);
    assertThat(report.unscored())
        .containsExactly(
            new ReportText.Unscored(16, 27, "references", false, "after a References heading"),
            new ReportText.Unscored(28, 38, "boilerplate", true, "call to action"));
    assertThat(text.substring(text.offsetByCodePoints(0, 16), text.offsetByCodePoints(0, 27)))
        .isEqualTo("Smith 2001.");
  }

  @Test
  void everythingScoredLeavesNoStretch() {
    CleanedText cleaned =
        new CleanedText("Just text.", List.of(new Block(0, 10, BlockKind.ESSAY, "text")));
    assertThat(ReportText.of(cleaned, SCORED).unscored()).isEmpty();
  }

  @Test
  void stretchesMustBeOrderedAndInsideTheText() {
    assertThatThrownBy(
            () ->
                new ReportText(
                    "abc", List.of(new ReportText.Unscored(0, 4, "quote", false, "quoted"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 code points");
    assertThatThrownBy(
            () ->
                new ReportText(
                    "abcdef",
                    List.of(
                        new ReportText.Unscored(2, 4, "quote", false, "quoted"),
                        new ReportText.Unscored(3, 5, "quote", false, "quoted"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
