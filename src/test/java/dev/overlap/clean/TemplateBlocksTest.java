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

  @Provide
  Arbitrary<String> blocks() {
    return Arbitraries.strings()
        .withChars("aZz09 .,-\t\n")
        .withChars("éÉİßΣ©’")
        .ofMaxLength(30)
        .injectNull(0);
  }

  @Provide
  Arbitrary<String> asciiBlocks() {
    return Arbitraries.strings().ascii().ofMaxLength(40);
  }

  @Property(tries = 2000)
  void theFastPathGivesTheDefinedHash(@ForAll("blocks") String block) {
    assertThat(TemplateBlocks.hash(block)).isEqualTo(TemplateBlocks.normalizedHash(block));
  }

  @Provide
  Arbitrary<String> anyBlocks() {
    return Arbitraries.strings().all().ofMaxLength(20);
  }

  @Property(tries = 5000)
  void onAnyCharacters(@ForAll("anyBlocks") String block) {
    assertThat(TemplateBlocks.hash(block)).isEqualTo(TemplateBlocks.normalizedHash(block));
  }

  @Property(tries = 2000)
  void onAsciiToo(@ForAll("asciiBlocks") String block) {
    assertThat(TemplateBlocks.hash(block)).isEqualTo(TemplateBlocks.normalizedHash(block));
  }
}
