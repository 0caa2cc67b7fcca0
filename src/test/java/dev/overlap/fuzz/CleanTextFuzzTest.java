package dev.overlap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.overlap.clean.CleanedText;
import dev.overlap.ingest.MediaType;

/**
 * Fuzzes {@link dev.overlap.clean.BoilerplateCleaner#clean} on plain text: no exception, blocks inside the text in
 * order, and cleaning the kept text again changes nothing.
 * Without {@code JAZZER_FUZZ} the test replays the inputs under
 * {@code src/test/resources/dev/overlap/fuzz/CleanTextFuzzTestInputs}.
 */
class CleanTextFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void cleanText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    CleanedText cleaned = CleanChecks.clean(MediaType.TEXT, text);
    assertThat(cleaned.text()).isEqualTo(text);
    CleanChecks.checkBlocksAndIdempotence(cleaned);
  }
}
