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

  @Property(tries = 2000)
  void aRangeHashesAsTheTextCutOut(
      @ForAll("blocks") String before, @ForAll("blocks") String block, @ForAll("blocks") String after) {
    String text = before + block + after;
    int start = before.length();

    assertThat(TemplateBlocks.hash(text, start, start + block.length()))
        .isEqualTo(TemplateBlocks.hash(block));
  }

  /** A text's block hashes: each distinct one once, in the order of first occurrence. */
  @Property(tries = 300)
  void eachBlockHashOnceInOrderOfFirstOccurrence(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 80) int blocks,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 40) int distinctTexts) {
    StringBuilder text = new StringBuilder();
    java.util.List<Block> parts = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(blocks * 131L + distinctTexts);
    java.util.LinkedHashSet<Long> expected = new java.util.LinkedHashSet<>();
    for (int i = 0; i < blocks; i++) {
      String line = random.nextInt(8) == 0 ? "--" : "block number " + random.nextInt(distinctTexts);
      int start = text.length();
      text.append(line);
      parts.add(new Block(start, text.length(), BlockKind.ESSAY, "test"));
      text.append('\n');
      long hash = TemplateBlocks.hash(line);
      if (hash != 0) {
        expected.add(hash);
      }
    }

    long[] hashes = TemplateBlocks.hashes(new CleanedText(text.toString(), parts));

    assertThat(hashes).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
  }
}
