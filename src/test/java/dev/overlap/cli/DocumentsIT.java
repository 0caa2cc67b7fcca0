package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.ingest.Documents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word, OpenDocument, RTF and PDF essays through {@code index}, {@code check}, {@code compare} and
 * {@code clean}: each is its extracted text, paragraphs separated by blank lines, and report
 * offsets point into that text.
 */
class DocumentsIT {
  static final List<String> RIVERS =
      List.of(
          "Rivers and people",
          "Rivers shape the land over long periods. Meandering channels near Zürich and Kraków"
              + " migrate across floodplains, leaving oxbow lakes behind when a bend is cut off"
              + " during a flood. Sediment carried downstream settles where the current slows,"
              + " building deltas at the coast.",
          "Engineers, by contrast, often try to fix rivers in place with levees and concrete"
              + " banks, which protects towns but starves the delta of the mud it needs.");

  static final List<String> CHESS =
      List.of(
          "Learning chess",
          "Chess openings reward preparation. A player who knows the main lines of the Sicilian"
              + " defence can reach a complex middlegame with time on the clock. Endgames, however,"
              + " demand technique more than memory, and many club players neglect them entirely.");

  static final List<String> BREAD =
      List.of(
          "Bread at home",
          "Bread rises because yeast eats sugar and releases gas. Kneading builds gluten, which"
              + " traps that gas in a stretchy web of protein. A slow rise in a cool kitchen gives"
              + " the loaf more flavour than a fast one in a warm oven.");

  static final List<String> GARDEN =
      List.of(
          "A small garden",
          "Tomatoes want sun, water at the roots and a stake before the fruit grows heavy. Basil"
              + " beside them keeps some pests away and tastes of summer long after the first"
              + " frost has blackened the leaves of everything else in the bed.");

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static String text(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  @Test
  void aWordDocumentComparedWithTheSameTextIsOneVerbatimPassageOverItsExtractedText()
      throws Exception {
    Path docx = write("essay.docx", Documents.docx(RIVERS));
    Path txt = dir.resolve("same.txt");
    Files.writeString(txt, text(RIVERS) + "\n", StandardCharsets.UTF_8);

    Cli.Result result = Cli.run("compare", "--format", "json", docx.toString(), txt.toString());

    assertThat(result.status()).as(result.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(result.out());
    assertThat(report.get("similarity").asDouble()).isEqualTo(1.0);
    JsonNode passages = report.at("/sources/0/passages");
    assertThat(passages).hasSize(1);
    JsonNode passage = passages.get(0);
    assertThat(passage.get("kind").asText()).isEqualTo("verbatim");
    String extracted = text(RIVERS);
    int end = extracted.codePointCount(0, extracted.length()); // the whole text
    assertThat(passage.at("/essay/start").asInt()).isZero();
    assertThat(passage.at("/essay/end").asInt()).isEqualTo(end);
    assertThat(passage.at("/source/start").asInt()).isZero();
    assertThat(passage.at("/source/end").asInt()).isEqualTo(end);
  }

  @Test
  void theHtmlReportShowsTheExtractedText() throws Exception {
    Path odt = write("essay.odt", Documents.odt(RIVERS));
    Path rtf = write("source.rtf", Documents.rtf(RIVERS));
    Path out = dir.resolve("report.html");

    Cli.Result result =
        Cli.run("compare", "--format", "html", "--out", out.toString(), odt.toString(), rtf.toString());

    assertThat(result.status()).as(result.err()).isZero();
    Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(page.selectFirst(".text[data-side=essay]").wholeText()).isEqualTo(text(RIVERS));
    assertThat(page.selectFirst(".text[data-side=source]").wholeText()).isEqualTo(text(RIVERS));
    assertThat(page.select(".text[data-side=essay] mark").eachText())
        .anySatisfy(mark -> assertThat(mark).contains("Zürich and Kraków"));
  }

  @Test
  void aFolderOfDocumentsIsIndexedAndATextCopyingTwoOfThemFindsBoth() throws Exception {
    write("corpus/rivers.docx", Documents.docx(RIVERS));
    write("corpus/chess.pdf", Documents.pdf(CHESS));
    write("corpus/bread.odt", Documents.odt(BREAD));
    write("corpus/garden.rtf", Documents.rtf(GARDEN));
    Path index = dir.resolve("index");
    Cli.Result indexed = Cli.run("index", "--index", index.toString(), dir.resolve("corpus").toString());
    assertThat(indexed.status()).as(indexed.err()).isZero();
    assertThat(indexed.out()).contains("4 added", "0 refused");
    Path essay = dir.resolve("essay.txt");
    Files.writeString(
        essay,
        "My essay\n\n" + RIVERS.get(1) + "\n\nI also play. " + CHESS.get(1) + "\n",
        StandardCharsets.UTF_8);

    Cli.Result checked = Cli.run("check", "--format", "json", "--index", index.toString(), essay.toString());

    assertThat(checked.status()).as(checked.err()).isZero();
    JsonNode sources = new ObjectMapper().readTree(checked.out()).get("sources");
    assertThat(sources).hasSize(2);
    for (JsonNode source : sources) {
      String path = source.get("path").asText();
      List<String> paragraphs = path.endsWith("rivers.docx") ? RIVERS : CHESS;
      assertThat(path).endsWith(path.endsWith("rivers.docx") ? "rivers.docx" : "chess.pdf");
      JsonNode passage = source.at("/passages/0");
      // Source offsets point into the extracted text, where the copied paragraph is the second
      // block (a PDF keeps the line breaks of its paragraph: compare words, not white space).
      String extracted = text(paragraphs);
      int start = extracted.indexOf(paragraphs.get(1));
      assertThat(passage.at("/source/start").asInt()).isEqualTo(start);
      assertThat(source.get("longestPassageWords").asInt())
          .isEqualTo(paragraphs.get(1).split(" ").length);
    }
  }

  @Test
  void cleanPrintsTheTextOfADocument() throws Exception {
    Path docx = write("essay.docx", Documents.docx(BREAD));
    Path pdf = write("essay.pdf", Documents.pdf(GARDEN));

    Cli.Result word = Cli.run("clean", docx.toString());
    Cli.Result portable = Cli.run("clean", pdf.toString());

    assertThat(word.status()).as(word.err()).isZero();
    assertThat(word.out()).isEqualTo(text(BREAD) + "\n");
    assertThat(portable.status()).as(portable.err()).isZero();
    assertThat(portable.out().replace('\n', ' ').strip().replaceAll(" +", " "))
        .isEqualTo(String.join(" ", GARDEN));
  }

  @Test
  void aRefusedDocumentIsOneLineAndExitThreeForCheckAndCompare() throws Exception {
    Path scan = write("scan.pdf", Documents.imageOnlyPdf());
    Path good = write("good.docx", Documents.docx(RIVERS));

    Cli.Result compared = Cli.run("compare", scan.toString(), good.toString());

    assertThat(compared.status()).isEqualTo(ExitCode.INPUT.code());
    assertThat(compared.err().strip())
        .isEqualTo(
            "overlap: "
                + scan
                + ": has no text layer (a scan?): run OCR first and index the text");
  }
}
