package dev.overlap.eval.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.TestData;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.Input;
import dev.overlap.eval.boilerplate.BoilerplateEvaluation.SetResult;
import java.io.IOException;
import java.nio.file.Path;
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

  // Floors just under the figures reached on 2026-11-29: aeb html 0.941, aeb text 0.872, wcxb
  // (even-indexed half) F1 0.807 with leak 5.0%; all 1,358 wcxb pages: 0.796, leak 5.4%.
  private static final double AEB_HTML_F1 = 0.935;
  private static final double AEB_TEXT_F1 = 0.865;
  private static final double WCXB_HTML_F1 = 0.80;
  private static final double WCXB_HTML_LEAK = 0.055;
}
