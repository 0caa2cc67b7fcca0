package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Damaged documents — valid ones cut short or with bytes overwritten — are read or refused with a
 * one-line reason, never another exception: whatever Tika, POI or PDFBox throw becomes a refusal.
 */
class DocumentFuzzTest {
  private static final List<String> PARAGRAPHS = DocumentReadingTest.PARAGRAPHS;
  private static final List<Tuple.Tuple2<String, byte[]>> VALID =
      List.of(
          Tuple.of("f.docx", Documents.docx(PARAGRAPHS)),
          Tuple.of("f.pdf", Documents.pdf(PARAGRAPHS)),
          Tuple.of("f.odt", Documents.odt(PARAGRAPHS)),
          Tuple.of("f.rtf", Documents.rtf(PARAGRAPHS)));

  private final EssayReader reader = new EssayReader();

  @Property(tries = 80)
  void aDamagedDocumentIsReadOrRefusedWithOneLine(@ForAll("damaged") Tuple.Tuple2<String, byte[]> file) {
    try {
      Essay essay = reader.decode("id", file.get1(), MediaType.DOCUMENT, file.get2());
      assertThat(essay.content()).isNotBlank().doesNotContain("\u0000");
    } catch (RefusedInputException e) {
      assertThat(e.path()).isEqualTo(file.get1());
      assertThat(e.reason()).isNotBlank().doesNotContain("\n").doesNotContain("internal error");
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, byte[]>> damaged() {
    Arbitrary<Tuple.Tuple2<String, byte[]>> valid = Arbitraries.of(VALID);
    return Combinators.combine(
            valid,
            Arbitraries.doubles().between(0.05, 1.0),
            Arbitraries.integers().between(0, 20),
            Arbitraries.longs())
        .as(
            (file, keep, flips, seed) -> {
              byte[] bytes = Documents.truncated(file.get2(), keep);
              java.util.Random random = new java.util.Random(seed);
              for (int i = 0; i < flips && bytes.length > 0; i++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
              }
              return Tuple.of(file.get1(), bytes);
            });
  }
}
