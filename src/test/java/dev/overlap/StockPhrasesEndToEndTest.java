package dev.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.Fixtures;
import dev.overlap.index.EssayIndex;
import dev.overlap.report.CheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A formula many indexed documents share is not reported when an essay uses it with edits, while
 * the same edited text shared with only two documents is reuse.
 */
class StockPhrasesEndToEndTest {
  private static final String FORMULA =
      "The debate is closed and the vote will take place tomorrow at twelve noon in the main"
          + " chamber of the Parliament building.";

  /** The formula with an edit in the middle: runs of 12 and 8 words, none of 15. */
  private static final String EDITED =
      "The debate is closed and the vote will take place tomorrow at ten in the morning in the"
          + " main chamber of the Parliament building.";

  @TempDir Path dir;

  private CheckReport check(int documentsWithFormula) throws Exception {
    Random random = new Random(3);
    Path corpus = Files.createDirectories(dir.resolve("corpus-" + documentsWithFormula));
    for (int d = 0; d < 8; d++) {
      String text = Fixtures.english(random, 120);
      if (d < documentsWithFormula) {
        // inside a paragraph of its own words: not a template block the cleaner would drop
        text += " " + FORMULA + " " + Fixtures.english(random, 40);
      }
      Files.writeString(corpus.resolve("doc" + d + ".txt"), text);
    }
    Path essay = dir.resolve("essay-" + documentsWithFormula + ".txt");
    Files.writeString(
        essay,
        Fixtures.english(random, 80) + " " + EDITED + " " + Fixtures.english(random, 80));
    Overlap overlap = new Overlap(OverlapConfig.DEFAULT);
    Path index = dir.resolve("index-" + documentsWithFormula);
    overlap.index(index, List.of(corpus.toString()), false, false, Progress.NONE);
    try (EssayIndex open = overlap.openForChecking(index)) {
      return overlap.check(open, essay.toString());
    }
  }

  @Test
  void aFormulaInManyDocumentsIsNotReported() throws Exception {
    assertThat(check(6).sources()).isEmpty();
  }

  @Test
  void theSameTextInTwoDocumentsIsReported() throws Exception {
    CheckReport report = check(2);
    assertThat(report.sources()).hasSize(2);
    assertThat(report.sources())
        .allSatisfy(s -> assertThat(s.passages()).extracting(CheckReport.Passage::kind).containsExactly("edited"));
  }
}
