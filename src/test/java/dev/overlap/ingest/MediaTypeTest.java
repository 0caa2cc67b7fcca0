package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MediaTypeTest {
  @Test
  void documentsOverlapCannotReadYetAreNamedForTheirRefusal() {
    assertThat(MediaType.unsupportedDocument(Path.of("thesis.PDF"))).contains("PDF documents");
    assertThat(MediaType.unsupportedDocument(Path.of("a/b/essay final.docx")))
        .contains("Word documents");
    assertThat(MediaType.unsupportedDocument(Path.of("essay.odt"))).contains("OpenDocument texts");
    assertThat(MediaType.unsupportedDocument(Path.of("essay.rtf"))).contains("RTF documents");
    assertThat(MediaType.notSupportedYet("PDF documents"))
        .isEqualTo(
            "PDF documents are not supported yet (save the essay as .txt or .html and index that)");
  }

  @Test
  void otherFilesAreNotDocuments() {
    assertThat(MediaType.unsupportedDocument(Path.of("photo.png"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("essay.txt"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("pdf"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("/"))).isEmpty();
  }
}
