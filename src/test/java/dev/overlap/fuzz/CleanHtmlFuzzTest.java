package dev.overlap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.overlap.clean.CleanedText;
import dev.overlap.ingest.MediaType;

/**
 * Fuzzes {@link dev.overlap.clean.BoilerplateCleaner#clean} on HTML: no exception, blocks inside the text in order,
 * and the kept text cleaned again as text is unchanged.
 * Without {@code JAZZER_FUZZ} the test replays the inputs under
 * {@code src/test/resources/dev/overlap/fuzz/CleanHtmlFuzzTestInputs}.
 */
class CleanHtmlFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void cleanHtml(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    CleanedText cleaned = CleanChecks.clean(MediaType.HTML, html);
    CleanChecks.checkBlocksAndIdempotence(cleaned);
  }
}
