package dev.overlap.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.ingest.Essay;
import dev.overlap.ingest.Hashes;
import dev.overlap.ingest.MediaType;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated essay-mill pages: cleaning is idempotent and blocks map back to the text. */
class CleanPropertiesTest {
  private static final List<String> ESSAY =
      List.of(
          "The committee considered the proposal for several months before it reached a decision,"
              + " and the delay itself became a subject of public debate in the local press.",
          "Economic historians have long argued that the railway transformed the market for"
              + " agricultural goods, because it allowed farmers to sell in distant cities.",
          "In this essay I argue that the evidence for the claim is weaker than it first appears,"
              + " since most of the studies rely on small samples drawn from a single region.",
          "What role did the new technology play in the decline of the older industries?",
          "A customer who places an order online rarely sees the warehouse, yet its efficiency"
              + " decides whether the parcel arrives on time and in good condition.",
          "Section Two",
          "\u201cAll happy families are alike; each unhappy family is unhappy in its own way.\u201d",
          "Smith, J. (2019). The Economics of Trust. Oxford University Press.");

  private static final List<String> MARKETING =
      List.of(
          "Order Now", "Whatsapp", "Live Chat", "Get a quote", "Sitejabber", "4.8/5",
          "© 2024 Essay Mill. All rights reserved.", "Subscribe to our newsletter",
          "Hire a writer today!", "Money-back guarantee", "Related essays", "Home | Samples | Prices",
          "We use cookies to improve your experience.",
          "Our writers deliver plagiarism-free papers at a minimal cost; place your order now and"
              + " get 24/7 support from our experts.");

  @Provide
  Arbitrary<List<String>> pages() {
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.of(ESSAY)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(MARKETING)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)));
    return line.list().ofMinSize(0).ofMaxSize(30);
  }

  @Property(tries = 300)
  void cleaningTextTwiceChangesNothing(@ForAll("pages") List<String> lines) {
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    String once = cleaner.clean(Essay.ofText("p", String.join("\n", lines))).keptText();
    assertThat(cleaner.clean(Essay.ofText("p", once)).keptText()).isEqualTo(once);
  }

  @Property(tries = 200)
  void cleaningHtmlTwiceChangesNothing(@ForAll("pages") List<String> lines) {
    StringBuilder html = new StringBuilder("<html><body><nav><a href='/'>Home</a></nav><article>");
    for (String line : lines) {
      html.append("<p>").append(line.replace("<", "&lt;")).append("</p>");
    }
    html.append("</article><footer>Footer</footer></body></html>");
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    String page = html.toString();
    String once =
        cleaner.clean(new Essay("p", "p", MediaType.HTML, page, "UTF-8", Hashes.sha256(page))).keptText();
    assertThat(cleaner.clean(Essay.ofText("p", once)).keptText()).isEqualTo(once);
  }

  @Property(tries = 300)
  void blocksAreOrderedDisjointAndMapBack(@ForAll("pages") List<String> lines) {
    String text = String.join("\n\n", lines);
    CleanedText cleaned = new BoilerplateCleaner().clean(Essay.ofText("p", text));
    assertThat(cleaned.text()).isEqualTo(text);
    int previous = 0;
    for (Block block : cleaned.blocks()) {
      assertThat(block.start()).isGreaterThanOrEqualTo(previous);
      String span = text.substring(block.start(), block.end());
      assertThat(span).isNotBlank().isEqualTo(span.strip());
      previous = block.end();
    }
  }

  @Property(tries = 100)
  void anEssayLineIsNeverRemovedFromAPageWithoutMarketing(
      @ForAll("essayOnly") List<String> lines) {
    String text = String.join("\n", lines);
    CleanedText cleaned = new BoilerplateCleaner().clean(Essay.ofText("p", text));
    assertThat(cleaned.blocks()).allMatch(b -> b.kind().kept());
  }

  @Provide
  Arbitrary<List<String>> essayOnly() {
    return Arbitraries.of(ESSAY).list().ofMinSize(1).ofMaxSize(15);
  }
}
