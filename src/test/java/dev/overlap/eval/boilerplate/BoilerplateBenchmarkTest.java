package dev.overlap.eval.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.TestData;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.Input;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.PageResult;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.SetResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the public benchmarks: floors set just under what the cleaner reached when
 * they were last raised (see the issue note). Skipped, with a message, when the data is absent.
 * WCXB runs on every second page to keep the test near half a minute.
 */
class BoilerplateBenchmarkTest {
  private final BoilerplateEvaluation evaluation = new BoilerplateEvaluation(new BoilerplateCleaner());

  private static Path data() {
    TestData.require("boilerplate/aeb/ground-truth.json");
    TestData.require("boilerplate/wcxb-dev/metadata.json");
    return TestData.dir();
  }

  @Test
  void aebHtml() throws IOException {
    SetResult result = evaluation.aeb(data(), Input.HTML, i -> true);
    assertThat(result.pages()).isEqualTo(181);
    assertThat(result.f1()).isGreaterThanOrEqualTo(AEB_HTML_F1);
  }

  @Test
  void aebTextLines() throws IOException {
    SetResult result = evaluation.aeb(data(), Input.TEXT, i -> true);
    assertThat(result.f1()).isGreaterThanOrEqualTo(AEB_TEXT_F1);
  }

  @Test
  void wcxbHtmlEverySecondPage() throws IOException {
    SetResult result = evaluation.wcxb(data(), Input.HTML, i -> i % 2 == 0);
    assertThat(result.pages()).isEqualTo(679);
    assertThat(result.f1()).isGreaterThanOrEqualTo(WCXB_HTML_F1);
    assertThat(result.leak()).isLessThanOrEqualTo(WCXB_HTML_LEAK);
  }

  @Test
  void worstPagesComeLowestF1FirstWithTheirAddress() throws IOException {
    BoilerplateEvaluation own = new BoilerplateEvaluation(new BoilerplateCleaner());
    own.aeb(data(), Input.HTML, i -> i % 10 == 0);
    List<PageResult> worst = own.worstPages("aeb", 5);
    assertThat(worst).hasSize(5);
    assertThat(worst).isSortedAccordingTo(Comparator.comparingDouble(PageResult::f1));
    double lowest = own.pageResults().stream().mapToDouble(PageResult::f1).min().orElseThrow();
    assertThat(worst.get(0).f1()).isEqualTo(lowest);
    assertThat(worst).allSatisfy(page -> assertThat(page.source()).startsWith("http"));
    assertThat(own.worstPages("wcxb", 5)).isEmpty();
  }

  // Floors just under the figures reached on 2026-11-29 (issue #3): aeb html 0.960 (P 0.946,
  // R 0.975), aeb text 0.869, wcxb (even-indexed half) F1 0.809 with leak 4.7%; all 1,358 wcxb
  // pages: 0.798, leak 4.7%.
  private static final double AEB_HTML_F1 = 0.955;
  private static final double AEB_TEXT_F1 = 0.865;
  private static final double WCXB_HTML_F1 = 0.805;
  private static final double WCXB_HTML_LEAK = 0.05;
}
