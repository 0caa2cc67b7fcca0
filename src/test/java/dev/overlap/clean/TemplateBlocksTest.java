package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Block hashes: what counts as the same block, and the ASCII fast path true to the definition. */
class TemplateBlocksTest {
  @Test
  void yearsCasePunctuationAndSpacingDoNotMakeADifferentBlock() {
    assertThat(TemplateBlocks.hash("© 2023 Essay Mill. All rights reserved."))
        .isEqualTo(TemplateBlocks.hash("© 2024   essay mill — all rights reserved"))
        .isNotEqualTo(TemplateBlocks.hash("© 2024 Essay Mills. All rights reserved."));
    assertThat(TemplateBlocks.hash("Order Now!")).isEqualTo(TemplateBlocks.hash("order now"));
    assertThat(TemplateBlocks.hash(" -- ")).isZero();
  }

  /** Letters, digits and separators of several scripts; any characters; printable ASCII. */
  @Provide
  Arbitrary<String> blocks() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZz09 .,-\t\n").withChars("éÉİßΣ©’").ofMaxLength(30),
        Arbitraries.strings().all().ofMaxLength(20),
        Arbitraries.strings().ascii().ofMaxLength(40));
  }

  @Property(tries = 8000)
  void theFastPathGivesTheDefinedHash(@ForAll("blocks") String block) {
    assertThat(TemplateBlocks.hash(block)).isEqualTo(TemplateBlocks.normalizedHash(block));
  }
}
