package dev.overlap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.clean.Block;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanedText;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;

/** What every fuzzed cleaning must satisfy, shared by the HTML and text fuzz tests. */
final class CleanChecks {
  static final BoilerplateCleaner CLEANER = new BoilerplateCleaner();

  private CleanChecks() {}

  static CleanedText clean(MediaType type, String content) {
    return CLEANER.clean(new Essay("fuzz", "fuzz", type, content, "UTF-8", Hashes.sha256(content)));
  }

  /**
   * Blocks in order, disjoint, inside the text (checked again here so that a change in
   * CleanedText's constructor cannot silently weaken the fuzz tests); and the kept text, cleaned
   * again as text, is unchanged (CleanPropertiesTest).
   */
  static void checkBlocksAndIdempotence(CleanedText cleaned) {
    int previous = 0;
    for (Block block : cleaned.blocks()) {
      assertThat(block.start()).isGreaterThanOrEqualTo(previous);
      assertThat(block.end()).isGreaterThanOrEqualTo(block.start());
      assertThat(block.end()).isLessThanOrEqualTo(cleaned.text().length());
      previous = block.end();
    }
    String once = cleaned.keptText();
    assertThat(clean(MediaType.TEXT, once).keptText()).isEqualTo(once);
  }
}
