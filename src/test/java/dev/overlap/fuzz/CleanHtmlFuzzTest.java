package dev.overlap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.overlap.clean.Block;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanedText;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;

/**
 * Fuzzes {@link BoilerplateCleaner#clean} on HTML: no exception, blocks inside the text in order,
 * and the kept text cleaned again as text is unchanged.
 * Without {@code JAZZER_FUZZ} the test replays the inputs under
 * {@code src/test/resources/dev/overlap/fuzz/CleanHtmlFuzzTestInputs}.
 */
class CleanHtmlFuzzTest {
  private static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();

  @FuzzTest(maxDuration = "15s")
  void cleanHtml(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    CleanedText cleaned = CLEANER.clean(essay(MediaType.HTML, html));
    checkBlocks(cleaned);
    String once = cleaned.keptText();
    // CleanPropertiesTest: the kept text of an HTML page, cleaned again as text, is unchanged.
    assertThat(CLEANER.clean(essay(MediaType.TEXT, once)).keptText()).isEqualTo(once);
  }

  private static void checkBlocks(CleanedText cleaned) {
    // CleanedText's constructor already checks order, disjointness and bounds; check again here
    // so that a change there cannot silently weaken the fuzz test.
    int previous = 0;
    for (Block block : cleaned.blocks()) {
      assertThat(block.start()).isGreaterThanOrEqualTo(previous);
      assertThat(block.end()).isGreaterThanOrEqualTo(block.start());
      assertThat(block.end()).isLessThanOrEqualTo(cleaned.text().length());
      previous = block.end();
    }
  }

  private static Essay essay(MediaType type, String content) {
    return new Essay("fuzz", "fuzz", type, content, "UTF-8", Hashes.sha256(content));
  }
}
