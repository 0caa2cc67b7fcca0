package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {
  private static final String PARAGRAPH =
      "The history of the region shows that cooperation between neighbouring states depends on"
          + " trust, and trust is built slowly through many small agreements that are kept over"
          + " decades rather than through one grand treaty signed in a single afternoon.";

  private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

  private static Essay html(String html) {
    return new Essay("p.html", "p.html", MediaType.HTML, html, "UTF-8", Hashes.sha256(html));
  }

  @Test
  void textBlocksAreLinesWithExactOffsets() {
    String text = "A Short Title\n\n  " + PARAGRAPH + "  \nOrder Now\n" + PARAGRAPH;
    CleanedText cleaned = cleaner.clean(Essay.ofText("t", text));
    assertThat(cleaned.text()).isSameAs(text);
    int first = text.indexOf(PARAGRAPH);
    int orderNow = text.indexOf("Order Now");
    int second = text.lastIndexOf(PARAGRAPH);
    assertThat(cleaned.blocks())
        .extracting(Block::start, Block::end, Block::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 13, BlockKind.TITLE),
            org.assertj.core.groups.Tuple.tuple(first, first + PARAGRAPH.length(), BlockKind.ESSAY),
            org.assertj.core.groups.Tuple.tuple(orderNow, orderNow + 9, BlockKind.BOILERPLATE),
            org.assertj.core.groups.Tuple.tuple(second, second + PARAGRAPH.length(), BlockKind.ESSAY));
    assertThat(cleaned.blocks().get(2).reason()).contains("order now");
  }

  @Test
  void aPagesLanguageIsJudgedByItsFirst20000Words() {
    // 150 English paragraphs (40 words each: 6,000), then a block that crosses the 20,000th
    // word, then French: counted whole, the French words would outnumber the English ones.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      text.append(PARAGRAPH).append('\n');
    }
    String french =
        "Le chat et le chien sont dans la maison avec les enfants de la famille, et ils"
            + " regardent par la fenêtre pour voir si la pluie tombe sur le jardin du voisin.";
    StringBuilder crossing = new StringBuilder();
    for (int i = 0; i < 1200; i++) {
      crossing.append(PARAGRAPH, 0, PARAGRAPH.indexOf(',')).append(' ');
    }
    text.append(crossing.toString().strip()).append('\n');
    for (int i = 0; i < 1000; i++) {
      text.append(french).append('\n');
    }
    CleanedText cleaned = cleaner.cleanText(text.toString());
    Block last = cleaned.blocks().get(cleaned.blocks().size() - 1);
    // Judged by the English list, the French sentence has a few stop words ("a" is not in it:
    // none); by the French list it would have about a third.
    assertThat(last.reason()).startsWith("prose-like").contains(" 0% stop words");
    assertThat(cleaned.blocks().get(0).reason()).contains("% stop words").doesNotContain(" 0% stop words");
  }

  @Test
  void anEssayParagraphThatMentionsOrderingAServiceOrAReviewIsKept() {
    String mentions =
        "Many students now place an order with an online writing service when deadlines pile up,"
            + " and reviews on sites such as Trustpilot suggest that they are often disappointed"
            + " by the results, which raises questions about how universities should respond to"
            + " the growth of contract cheating.";
    String text = PARAGRAPH + "\n" + mentions + "\n" + PARAGRAPH + "\nWhatsapp\nGet a quote\n";
    CleanedText cleaned = cleaner.clean(Essay.ofText("t", text));
    assertThat(cleaned.keptText()).contains(mentions).doesNotContain("Whatsapp", "Get a quote");
  }

  @Test
  void promotionalProseIsRemoved() {
    String promo =
        "We provide the best assignment help and dissertation help to students at a minimal cost."
            + " Our writers are available 24/7 and every paper is plagiarism-free. You can place"
            + " your order now and enjoy our money-back guarantee.";
    String text = PARAGRAPH + "\n" + promo + "\n" + PARAGRAPH;
    CleanedText cleaned = cleaner.clean(Essay.ofText("t", text));
    assertThat(cleaned.keptText()).doesNotContain("minimal cost");
    assertThat(cleaned.blocks().get(1).reason()).startsWith("promotional prose");
  }

  @Test
  void aTextWithoutBoilerplateIsKeptWhole() {
    String text = "Heading\n\n" + PARAGRAPH + "\n\nShort line.\n\n" + PARAGRAPH;
    CleanedText cleaned = cleaner.clean(Essay.ofText("t", text));
    assertThat(cleaned.blocks()).allMatch(b -> b.kind().kept());
  }

  @Test
  void quotationsAndBlockquotesAreQuotes() {
    String quote = "\u201cThe limits of my language mean the limits of my world.\u201d (Wittgenstein, 1922)";
    CleanedText text = cleaner.clean(Essay.ofText("t", PARAGRAPH + "\n" + quote + "\n" + PARAGRAPH));
    assertThat(text.blocks().get(1).kind()).isEqualTo(BlockKind.QUOTE);
    CleanedText page =
        cleaner.clean(
            html("<article><h1>T</h1><p>" + PARAGRAPH + "</p><blockquote>To be or not to be, that is"
                + " the question.</blockquote><p>" + PARAGRAPH + "</p></article>"));
    assertThat(page.blocks()).extracting(Block::kind).contains(BlockKind.QUOTE);
  }

  @Test
  void htmlTextIsOneBlockPerLine() {
    CleanedText cleaned =
        cleaner.clean(
            html("<html><body><nav><a href='/'>Home</a> <a href='/s'>Samples</a></nav>"
                + "<article><h1>The Title</h1><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH
                + "</p></article><footer>© 2024 Mill</footer></body></html>"));
    for (Block block : cleaned.blocks()) {
      String line = cleaned.text().substring(block.start(), block.end());
      assertThat(line).doesNotContain("\n");
      assertThat(cleaned.text().charAt(block.end())).isEqualTo('\n');
    }
    assertThat(cleaned.keptText()).isEqualTo("The Title\n\n" + PARAGRAPH + "\n\n" + PARAGRAPH);
  }

  @Test
  void malformedHtmlIsCleaned() {
    String html =
        "<html><body><div><p>" + PARAGRAPH + "<p><b>" + PARAGRAPH + "</i></div></span><table><td>"
            + "<li>Order now</td></html><<<>>&&&;<p";
    CleanedText cleaned = cleaner.clean(html(html));
    assertThat(cleaned.keptText()).contains(PARAGRAPH).doesNotContain("Order now");
  }

  @Test
  void aTwentyMegabytePageIsCleanedInBoundedTime() {
    StringBuilder html = new StringBuilder("<html><body>");
    while (html.length() < 20_000_000) {
      html.append("<div class='post'><h2>Section</h2><p>").append(PARAGRAPH).append("</p>")
          .append("<ul class='nav'><li><a href='/'>Home</a></li><li><a href='/o'>Order now</a></li></ul></div>");
    }
    html.append("</body></html>");
    CleanedText cleaned =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cleaner.clean(html(html.toString())));
    assertThat(cleaned.blocks()).isNotEmpty();
    assertThat(cleaned.keptText()).contains(PARAGRAPH).doesNotContain("Order now");
  }

  @Test
  void aTwentyMegabyteTextIsCleanedInBoundedTime() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 20_000_000) {
      text.append(PARAGRAPH).append("\nOrder Now\n");
    }
    CleanedText cleaned =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleaner.clean(Essay.ofText("big", text.toString())));
    assertThat(cleaned.keptText()).doesNotContain("Order Now");
  }

  @Test
  void deeplyNestedHtmlIsHandled() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      html.append("<div>");
    }
    html.append("<p>").append(PARAGRAPH).append("</p>");
    for (int i = 0; i < depth; i++) {
      html.append("</div>");
    }
    html.append("</body></html>");
    CleanedText cleaned =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(html(html.toString())));
    assertThat(cleaned.keptText()).contains(PARAGRAPH);
  }

  @Test
  void deeplyNestedInlineElementsWithTextAreHandled() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      html.append("<span>w").append(i % 10).append(' ');
    }
    CleanedText cleaned =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> cleaner.clean(html(html.toString())));
    assertThat(cleaned.text()).isNotEmpty();
  }

  @Test
  void userRulesExtendTheBuiltInOnes() {
    CleanRules user =
        new CleanRules(
            List.of(new CleanRules.CueGroup("my mill", 3.0, List.of("acme essays"), List.of())),
            List.of(), List.of(), List.of(), java.util.Map.of());
    BoilerplateCleaner custom = new BoilerplateCleaner(CleanRules.defaults().extendedWith(user));
    String text = PARAGRAPH + "\nAcme Essays\n" + PARAGRAPH;
    assertThat(cleaner.clean(Essay.ofText("t", text)).keptText()).contains("Acme Essays");
    assertThat(custom.clean(Essay.ofText("t", text)).keptText()).doesNotContain("Acme Essays");
  }
}
