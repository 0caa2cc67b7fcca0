package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents become their text, one block per paragraph; bad ones are refused with one reason. */
class DocumentReadingTest {
  static final List<String> PARAGRAPHS =
      List.of(
          "Rivers and Their Towns",
          "A river shapes the town on its banks: the mill, the bridge, the market by the ford.",
          "When the levee was raised in concrete, the farmers lost the silt that had fed their"
              + " fields for centuries, and the harbour silted up within a generation, which is"
              + " the argument of this essay — “progress” moved the mud, it did not remove it.");

  private static final String TEXT = String.join("\n\n", PARAGRAPHS);

  @TempDir Path dir;
  private final EssayReader reader = new EssayReader();

  private Essay read(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return reader.read(file, name);
  }

  private void assertRefused(String name, byte[] bytes, String reason) {
    assertThatThrownBy(() -> read(name, bytes))
        .isInstanceOf(RefusedInputException.class)
        .hasMessage(name + ": " + reason);
  }

  @Test
  void aWordDocumentIsItsParagraphsSeparatedByBlankLines() throws Exception {
    byte[] bytes = Documents.docx(PARAGRAPHS);

    Essay essay = read("essay.docx", bytes);

    assertThat(essay.content()).isEqualTo(TEXT);
    assertThat(essay.mediaType()).isEqualTo(MediaType.DOCUMENT);
    assertThat(essay.charset())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(essay.contentHash()).isEqualTo(Hashes.sha256(bytes));
  }

  @Test
  void anOpenDocumentTextIsItsParagraphs() throws Exception {
    Essay essay = read("essay.odt", Documents.odt(PARAGRAPHS));

    assertThat(essay.content()).isEqualTo(TEXT);
    assertThat(essay.charset()).isEqualTo("application/vnd.oasis.opendocument.text");
  }

  @Test
  void anRtfDocumentIsItsParagraphs() throws Exception {
    Essay essay = read("essay.rtf", Documents.rtf(PARAGRAPHS));

    assertThat(essay.content()).isEqualTo(TEXT);
    assertThat(essay.charset()).isEqualTo("application/rtf");
  }

  @Test
  void aPdfIsItsParagraphsWithTheirLinesAsSet() throws Exception {
    Essay essay = read("essay.pdf", Documents.pdf(PARAGRAPHS));

    // Each paragraph is one block; a paragraph set on several lines keeps its line breaks
    // (single newlines, which do not split a block).
    List<String> blocks = Arrays.asList(essay.content().split("\n\n"));
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(2)).contains("\n");
    assertThat(blocks.stream().map(block -> block.replace('\n', ' ')).toList())
        .isEqualTo(PARAGRAPHS);
    assertThat(essay.charset()).isEqualTo("application/pdf");
  }

  @Test
  void theFileNameDoesNotDecideTheFormat() throws Exception {
    Essay essay = read("really-a-pdf.docx", Documents.pdf(PARAGRAPHS));

    assertThat(essay.charset()).isEqualTo("application/pdf");
    assertThat(essay.content()).startsWith(PARAGRAPHS.get(0) + "\n\n");
  }

  @Test
  void encryptedDocumentsAreRefused() {
    assertRefused(
        "locked.pdf", Documents.encryptedPdf(PARAGRAPHS), "is encrypted: save an unprotected copy");
    assertRefused(
        "locked.docx",
        Documents.encryptedDocx(PARAGRAPHS),
        "is encrypted: save an unprotected copy");
  }

  @Test
  void truncatedDocumentsAreRefusedAsDamaged() {
    assertRefused(
        "cut.pdf",
        Documents.truncated(Documents.pdf(PARAGRAPHS), 0.5),
        "is damaged or not a complete PDF document");
    assertRefused(
        "cut.docx",
        Documents.truncated(Documents.docx(PARAGRAPHS), 0.5),
        "is damaged or not a complete Word document");
    assertRefused(
        "cut.odt",
        Documents.truncated(Documents.odt(PARAGRAPHS), 0.7),
        "is damaged or not a complete OpenDocument text");
  }

  @Test
  void aFileThatIsNotTheDocumentItsNameSaysIsRefused() {
    assertRefused(
        "notes.docx",
        "just some notes".getBytes(StandardCharsets.UTF_8),
        "is damaged or not a complete Word document (it looks like text/plain)");
  }

  @Test
  void aScanWithoutTextIsRefusedWithWhatToDo() {
    assertRefused(
        "scan.pdf",
        Documents.imageOnlyPdf(),
        "has no text layer (a scan?): run OCR first and index the text");
    assertRefused(
        "empty.docx",
        Documents.docx(List.of("", " ")),
        "has no text (only pictures?): run OCR first and index the text");
  }

  @Test
  void aZipBombIsRefusedBeforeItIsInflated() {
    String reason = "inflates to far more than its size (a zip bomb?): not read";
    assertRefused("bomb.docx", Documents.zipBomb(200), reason);
    // Under the size limit altogether, but one part inflates a thousand times.
    assertRefused("small-bomb.docx", Documents.zipBomb(20), reason);
  }

  @Test
  void aDocumentWithMoreTextThanTheLimitIsRefused() throws Exception {
    // 50,000 characters of text in a .docx that zips to far less than the 20,000-byte limit.
    String paragraph = "The river rose again this winter, and the town rebuilt the bank. ";
    List<String> long_ = java.util.Collections.nCopies(60, paragraph.repeat(13));
    byte[] bytes = Documents.docx(long_);
    assertThat(bytes.length).isLessThan(20_000);
    Path file = dir.resolve("long.docx");
    Files.write(file, bytes);

    assertThatThrownBy(() -> new EssayReader(20_000).read(file, "long.docx"))
        .isInstanceOf(RefusedInputException.class)
        .hasMessageStartingWith("long.docx: too large (its text is over")
        .hasMessageEndingWith("raise it with --max-file-size)");
  }

  @Test
  void aDocumentThatTakesTooLongIsGivenUp() {
    DocumentText slow = new DocumentText(EssayReader.DEFAULT_MAX_BYTES, 1);
    byte[] pdf = Documents.pdf(java.util.Collections.nCopies(400, PARAGRAPHS.get(2)));

    assertThatThrownBy(() -> slow.extract("long.pdf", pdf))
        .isInstanceOf(RefusedInputException.class)
        .hasMessage(
            "long.pdf: took more than 1 ms to read (a damaged or hostile PDF document?): save it"
                + " again or as .txt");
  }

  @Test
  void headersAndFootersOfAWordDocumentAreNotTheEssay() throws Exception {
    byte[] bytes = Documents.docxWithHeaderAndFooter(PARAGRAPHS, "Running head", "Page 1 of 3");

    assertThat(read("headed.docx", bytes).content()).isEqualTo(TEXT);
  }

  @Test
  void aFolderOfDocumentsIsFound() throws Exception {
    for (String name : List.of("a.docx", "b.doc", "c.odt", "d.rtf", "e.pdf", "f.txt", "g.png")) {
      Files.write(dir.resolve(name), new byte[] {1});
    }

    EssayFinder.Found found = EssayFinder.find(List.of(dir.toString()));

    assertThat(found.files())
        .extracting(f -> f.file().getFileName().toString())
        .containsExactly("a.docx", "b.doc", "c.odt", "d.rtf", "e.pdf", "f.txt");
    assertThat(found.refused()).isEmpty();
    assertThat(found.skippedOtherTypes()).isEqualTo(1);
  }
}
