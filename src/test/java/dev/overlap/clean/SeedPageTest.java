package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.ingest.Essay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real scraped essay-mill page in {@code seed/}: every marketing block goes, and the title,
 * question, every essay paragraph and every reference stay, in order. Lines are told apart by the
 * cues data/README.md lists, never by copies of the page's text.
 */
class SeedPageTest {
  /** Cues of the marketing lines, as data/README.md describes them. */
  private static final List<String> MARKETING_CUES =
      List.of(
          "whatsapp", "order now", "continue your journey", "sitejabber", "google review", "yell",
          "what makes us unique", "research proposal samples", "it is observed that students",
          "disclaimer", "live chat with humans", "dissertation help writing service");

  private static String page;
  private static CleanedText cleaned;

  @BeforeAll
  static void clean() throws IOException {
    page =
        Files.readString(
            TestData.require("seed/essay-sample-page.txt"), StandardCharsets.UTF_8);
    cleaned = new BoilerplateCleaner().clean(Essay.ofText("seed", page));
  }

  private static boolean marketing(String line) {
    String lower = line.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("•")) {
      return true; // the "What Makes Us Unique" bullets
    }
    for (String cue : MARKETING_CUES) {
      if (cue.equals("yell") ? lower.equals(cue) : lower.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    return lines;
  }

  @Test
  void everyMarketingLineIsRemoved() {
    List<String> marketing = lines(page).stream().filter(SeedPageTest::marketing).toList();
    assertThat(marketing).hasSizeGreaterThanOrEqualTo(15);
    List<String> kept = lines(cleaned.keptText());
    for (String line : marketing) {
      assertThat(kept).as("marketing line kept").doesNotContain(line);
    }
    assertThat(cleaned.keptText().toLowerCase(Locale.ROOT))
        .doesNotContain("whatsapp", "order now", "sitejabber", "disclaimer", "live chat");
  }

  @Test
  void everyEssayLineIsKeptInOrder() {
    List<String> essay = lines(page).stream().filter(line -> !marketing(line)).toList();
    assertThat(lines(cleaned.keptText())).containsExactlyElementsOf(essay);
  }

  @Test
  void titleQuestionAndReferencesHaveTheirKinds() {
    List<Block> blocks = cleaned.blocks();
    assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.TITLE);
    assertThat(text(blocks.get(1))).endsWith("?");
    assertThat(blocks.get(1).kind().kept()).isTrue();
    List<Block> references =
        blocks.stream().filter(b -> b.kind() == BlockKind.REFERENCES).toList();
    assertThat(references).hasSizeGreaterThanOrEqualTo(7);
    assertThat(text(references.get(0))).isEqualTo("References");
    for (Block reference : references.subList(1, references.size())) {
      assertThat(text(reference)).containsPattern("(19|20)\\d\\d");
    }
  }

  @Test
  void wordShares() {
    long essayWords = 0;
    long essayKept = 0;
    long marketingWords = 0;
    long marketingKept = 0;
    for (Block block : cleaned.blocks()) {
      String text = text(block);
      int words = text.split("\\s+").length;
      if (marketing(text)) {
        marketingWords += words;
        marketingKept += block.kind().kept() ? words : 0;
      } else {
        essayWords += words;
        essayKept += block.kind().kept() ? words : 0;
      }
    }
    assertThat((double) essayKept / essayWords).isGreaterThanOrEqualTo(0.99);
    assertThat((double) marketingKept / (essayKept + marketingKept)).isLessThanOrEqualTo(0.01);
  }

  @Test
  void cleaningTwiceChangesNothing() {
    String once = cleaned.keptText();
    assertThat(new BoilerplateCleaner().clean(Essay.ofText("again", once)).keptText())
        .isEqualTo(once);
  }

  private static String text(Block block) {
    return cleaned.text().substring(block.start(), block.end());
  }
}
