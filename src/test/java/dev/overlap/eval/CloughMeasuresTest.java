package dev.overlap.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.eval.CloughEvaluation.Answer;
import dev.overlap.eval.CloughEvaluation.AucLoss;
import dev.overlap.eval.CloughEvaluation.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloughMeasuresTest {
  private static Answer answer(String file, Category category, double score) {
    return new Answer(file, "a", category, Map.of("m", score));
  }

  @Test
  void aucLossesNameThePlagiarizedAnswersAtOrBelowNonAnswers() {
    List<Answer> answers = new ArrayList<>();
    answers.add(answer("n1", Category.NON, 0.0));
    answers.add(answer("n2", Category.NON, 0.0));
    answers.add(answer("n3", Category.NON, 0.3));
    answers.add(answer("h1", Category.HEAVY, 0.3));
    answers.add(answer("l1", Category.LIGHT, 0.6));
    answers.add(answer("c1", Category.CUT, 0.0)); // its source is missing: scores nothing
    answers.add(answer("c2", Category.CUT, 0.9));

    CloughEvaluation.MethodResult m = CloughEvaluation.measure("m", answers);

    assertThat(m.aucLosses())
        .containsExactly(
            new AucLoss("c1", "cut", 0.0, 1, 2), new AucLoss("h1", "heavy", 0.3, 0, 1));
    // AUC = 1 - (1 + 2/2 + 0 + 1/2) / (4 plagiarized × 3 non)
    assertThat(m.rocAuc()).isEqualTo(1 - 2.5 / 12);
  }

  private static Answer runs(String file, Category category, double found, double ceiling) {
    return new Answer(
        file,
        "a",
        category,
        Map.of(CloughEvaluation.A_LONGEST_RUN, found, CloughEvaluation.CEILING_LONGEST_RUN, ceiling));
  }

  @Test
  void theSpearmanGapNamesPlagiarizedAnswersWithoutPassagesAndWhatTheyWouldGive() {
    List<Answer> answers = new ArrayList<>();
    answers.add(runs("n1", Category.NON, 0, 0));
    answers.add(runs("n2", Category.NON, 0, 0));
    answers.add(runs("h1", Category.HEAVY, 0, 4)); // not found: tied with the non answers
    answers.add(runs("l1", Category.LIGHT, 20, 20));
    answers.add(runs("c1", Category.CUT, 60, 60));

    String gap = CloughEvaluation.spearmanGap(answers);

    // with h1 at 4 every class is in order: the ceiling and the "given their runs" figure are 1
    assertThat(gap)
        .contains("h1 heavy (shares a run of 4 words with its source)")
        .contains("ceiling 1.000")
        .endsWith("with only these given their runs: 1.000\n")
        .doesNotContain("l1", "c1");
    assertThat(gap).doesNotContain("overlap A longest run 1.000");
  }
}
