package dev.overlap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MediaTypeTest {
  @Test
  void documentsAreReadByTheirExtension() {
    for (String name : new String[] {"thesis.PDF", "a/b/essay final.docx", "old.doc", "e.odt", "e.rtf"}) {
      assertThat(MediaType.of(Path.of(name))).as(name).contains(MediaType.DOCUMENT);
      assertThat(MediaType.unsupportedDocument(Path.of(name))).as(name).isEmpty();
    }
    assertThat(MediaType.supportedExtensions())
        .isEqualTo(
            ".txt, .text, .md, .markdown, .html, .htm, .xhtml, .docx, .doc, .odt, .rtf, .pdf;"
                + " text, Markdown and HTML also gzip-compressed (.txt.gz, .html.gz, ...)");
  }

  @Test
  void documentsOverlapCannotReadYetAreNamedForTheirRefusal() {
    assertThat(MediaType.unsupportedDocument(Path.of("book.epub"))).contains("EPUB books");
    assertThat(MediaType.unsupportedDocument(Path.of("essay.dotx")))
        .contains("Word templates and macro documents");
    assertThat(MediaType.unsupportedDocument(Path.of("essay.ott"))).contains("OpenDocument templates");
    assertThat(MediaType.notSupportedYet("EPUB books"))
        .isEqualTo(
            "EPUB books are not supported yet (save the essay as .docx, .pdf or .txt and index that)");
  }

  @Test
  void otherFilesAreNotDocuments() {
    assertThat(MediaType.unsupportedDocument(Path.of("photo.png"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("essay.txt"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("pdf"))).isEmpty();
    assertThat(MediaType.unsupportedDocument(Path.of("/"))).isEmpty();
  }

  @Test
  void textMarkdownAndHtmlMayBeGzipCompressedDocumentsMayNot() {
    assertThat(MediaType.of(Path.of("crawl/page.html.gz"))).contains(MediaType.HTML);
    assertThat(MediaType.of(Path.of("essay.TXT.GZ"))).contains(MediaType.TEXT);
    assertThat(MediaType.of(Path.of("notes.md.gz"))).contains(MediaType.MARKDOWN);
    assertThat(MediaType.gzipped(Path.of("essay.TXT.GZ"))).isTrue();
    assertThat(MediaType.gzipped(Path.of("essay.txt"))).isFalse();
    assertThat(MediaType.of(Path.of("thesis.pdf.gz"))).isEmpty();
    assertThat(MediaType.of(Path.of("archive.tar.gz"))).isEmpty();
    assertThat(MediaType.of(Path.of("page.gz"))).isEmpty();
    assertThat(MediaType.of(Path.of(".gz"))).isEmpty();
  }
}
