package dev.overlap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code compare} with {@code --format html}: one page whose highlights sit
 * exactly where the JSON report's offsets say, with essay markup shown as text.
 */
class HtmlReportIT {
  @TempDir Path dir;
  Path site;
  Path index;

  /** Every page of the site ends with this: a template, never scored. */
  static final String FOOTER =
      "Essays on this site are written by students and shared for study; please cite the page"
          + " if you quote from it and do not hand it in as your own work.";

  /** Offsets after the title's astral letters and the emoji shift by one per character. */
  static final String RIVERS =
      "𝔯ivers 🌊 and people\n\nRivers shape the land over long periods. Meandering channels near"
          + " Zürich and Kraków migrate across floodplains, leaving oxbow lakes behind when a bend"
          + " is cut off during a flood. Sediment carried downstream settles where the current"
          + " slows, building deltas at the coast. Farmers have long prized these deposits because"
          + " they renew the soil each season.\n\nEngineers, by contrast, often try to fix rivers"
          + " in place with levees and concrete banks, which protects towns but starves the delta"
          + " of the mud it needs.\n\n"
          + FOOTER
          + "\n";

  static final String CHESS =
      "Learning chess\n\nChess openings reward preparation. A player who knows the main lines of"
          + " the Sicilian defence can reach a complex middlegame with time on the clock."
          + " Endgames, however, demand technique more than memory, and many club players neglect"
          + " them entirely. Studying classic games teaches plans that no engine evaluation can"
          + " explain.\n\n"
          + FOOTER
          + "\n";

  static final String BREAD =
      "Bread at home\n\nBread rises because yeast eats sugar and releases gas. Kneading builds"
          + " gluten, which traps that gas in a stretchy web of protein. A slow rise in a cool"
          + " kitchen gives the loaf more flavour than a fast one in a warm oven.\n\n"
          + FOOTER
          + "\n";

  /**
   * Copies two passages of RIVERS and edits one of CHESS, and holds markup that must stay text.
   */
  static final String ESSAY =
      "My essay <script>alert(\"pwned\")</script> on “deltas” & <b>chess</b>\n\n"
          + "I have always liked maps of coastlines 🗺️. Meandering channels near Zürich and Kraków"
          + " migrate across floodplains, leaving oxbow lakes behind when a bend is cut off during"
          + " a flood. Sediment carried downstream settles where the current slows, building deltas"
          + " at the coast. That is why I think deltas deserve protection from dams.\n\n"
          + "In my free time I play games. A player who knows the main lines of the Sicilian"
          + " defence can reach a complicated middlegame with plenty of time on the clock."
          + " Endgames, however, need technique more than memory, and many club players neglect"
          + " them entirely. My own club is no different, and I am no better than the rest.\n\n"
          + "Back to rivers, then. Engineers, by contrast, often try to fix rivers in place with"
          + " levees and concrete banks, which protects towns but starves the delta of the mud it"
          + " needs.\n\n"
          + FOOTER
          + "\n";

  @BeforeEach
  void corpus() throws Exception {
    site = dir.resolve("site");
    index = dir.resolve("index");
    write("site/rivers.txt", RIVERS);
    write("site/chess.md", CHESS);
    write("site/bread.txt", BREAD);
    write("site/essay.txt", ESSAY);
    Cli.Result indexed = Cli.run("index", "--index", index.toString(), site.toString());
    assertThat(indexed.status()).as(indexed.err()).isZero();
  }

  private Path write(String relative, String text) throws Exception {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Code points [start, end) of the text. */
  private static String slice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private Document checkHtml(String... essays) throws Exception {
    return checkHtml(ExitCode.OK, essays);
  }

  private Document checkHtml(ExitCode expected, String... essays) throws Exception {
    Path out = dir.resolve("report.html");
    String[] args = new String[5 + essays.length];
    args[0] = "check";
    args[1] = "--format=html";
    args[2] = "--out=" + out;
    args[3] = "--index";
    args[4] = index.toString();
    System.arraycopy(essays, 0, args, 5, essays.length);
    Cli.Result result = Cli.run(args);
    assertThat(result.status()).as(result.err()).isEqualTo(expected.code());
    assertThat(result.out()).as("--out leaves standard output empty").isEmpty();
    return Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void highlightsSitWhereTheJsonOffsetsSay() throws Exception {
    String essay = site.resolve("essay.txt").toString();
    Cli.Result json = Cli.run("check", "--format", "json", "--index", index.toString(), essay);
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertThat(report.get("sources")).as(json.out()).hasSize(2);

    Document page = checkHtml(essay);

    assertThat(page.select("section.source")).hasSize(2);
    for (int j = 0; j < 2; j++) {
      JsonNode source = report.get("sources").get(j);
      String sourceText = Files.readString(Path.of(source.get("id").asText()), StandardCharsets.UTF_8);
      Element section = page.getElementById("e1-s" + (j + 1));
      assertThat(section.selectFirst("h3").text()).contains(source.get("path").asText());
      Element essayColumn = section.selectFirst(".text[data-side=essay]");
      Element sourceColumn = section.selectFirst(".text[data-side=source]");
      assertThat(essayColumn.wholeText()).isEqualTo(ESSAY);
      assertThat(sourceColumn.wholeText()).isEqualTo(sourceText);
      JsonNode passages = source.get("passages");
      assertThat(section.select(".passages tbody tr")).hasSize(passages.size());
      for (int n = 0; n < passages.size(); n++) {
        JsonNode passage = passages.get(n);
        String pair = "e1-s" + (j + 1) + "-p" + (n + 1);
        assertThat(text(essayColumn.select("mark[data-pairs~=" + pair + "]")))
            .isEqualTo(slice(ESSAY, passage.at("/essay/start").asInt(), passage.at("/essay/end").asInt()));
        assertThat(text(sourceColumn.select("mark[data-pairs~=" + pair + "]")))
            .isEqualTo(
                slice(sourceText, passage.at("/source/start").asInt(), passage.at("/source/end").asInt()));
      }
    }
    assertThat(page.select(".text[data-side=essay] mark").eachText())
        .anySatisfy(mark -> assertThat(mark).contains("Zürich and Kraków"));
  }

  private static String text(Elements marks) {
    StringBuilder out = new StringBuilder();
    marks.forEach(mark -> out.append(mark.wholeText()));
    return out.toString();
  }

  @Test
  void theSummaryNamesTheScoresTheSourcesAndWhatWasLeftOut() throws Exception {
    Document page = checkHtml(site.resolve("essay.txt").toString());

    Element summary = page.selectFirst(".summary");
    assertThat(summary.selectFirst(".score.big").text()).matches("\\d+\\.\\d% similar");
    assertThat(summary.text()).contains("weighted similarity", "3 passages from 2 sources");
    assertThat(summary.select("table.sources tbody tr").eachText())
        .hasSize(2)
        .anySatisfy(row -> assertThat(row).contains("rivers.txt"))
        .anySatisfy(row -> assertThat(row).contains("chess.md"));
    assertThat(summary.selectFirst(".excluded").text())
        .contains("Site template, removed", "Essays on this site are written")
        .contains("Passages shorter than 15 words are not reported");
    assertThat(page.selectFirst(".text[data-side=essay] .unscored.removed").wholeText())
        .isEqualTo(FOOTER);
  }

  @Test
  void essayMarkupIsText() throws Exception {
    Document page = checkHtml(site.resolve("essay.txt").toString());
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("b")).isEmpty();
    assertThat(page.selectFirst("section.essay .text").wholeText())
        .startsWith("My essay <script>alert(\"pwned\")</script> on “deltas” & <b>chess</b>");
  }

  @Test
  void severalEssaysMakeOnePageWithASectionEach() throws Exception {
    Document page =
        checkHtml(
            ExitCode.INPUT,
            site.resolve("essay.txt").toString(),
            site.resolve("bread.txt").toString(),
            dir.resolve("missing.txt").toString());
    assertThat(page.select("section.essay")).hasSize(3);
    assertThat(page.select("nav.contents tbody tr").eachText())
        .satisfiesExactly(
            first -> assertThat(first).contains("essay.txt"),
            second -> assertThat(second).contains("bread.txt", "0.0%"),
            third -> assertThat(third).contains("missing.txt", "not checked"));
    assertThat(page.getElementById("e2").text()).contains("No passage of 15 words or more");
  }

  @Test
  void withoutOutTheHtmlGoesToStandardOutput() {
    Cli.Result result =
        Cli.run(
            "check", "--format", "html", "--index", index.toString(), site.resolve("essay.txt").toString());
    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void compareWritesTheSamePageForTwoFiles() throws Exception {
    Path out = dir.resolve("pair.html");
    Cli.Result result =
        Cli.run(
            "compare",
            "--format",
            "html",
            "--out",
            out.toString(),
            site.resolve("essay.txt").toString(),
            site.resolve("rivers.txt").toString());
    assertThat(result.status()).as(result.err()).isZero();
    Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(page.select("section.source")).hasSize(1);
    assertThat(page.selectFirst(".text[data-side=source]").wholeText()).isEqualTo(RIVERS);
    assertThat(page.select(".text[data-side=essay] mark").text()).contains("Meandering channels");
  }

  @Test
  void anHtmlEssayIsShownAsTheTextItWasReducedTo() throws Exception {
    Path essay =
        write(
            "elsewhere/page.html",
            "<html><head><title>t</title><script>var hidden = 1;</script></head><body>"
                + "<h1>Deltas</h1><p>Sediment carried downstream settles where the current slows,"
                + " building deltas at the coast. Farmers have long prized these deposits because"
                + " they renew the soil each season.</p><p>Written by me &amp; nobody else.</p>"
                + "</body></html>");
    Document page = checkHtml(essay.toString());
    Element column = page.selectFirst(".text[data-side=essay]");
    assertThat(column.wholeText()).doesNotContain("hidden", "<p>").contains("Written by me & nobody else.");
    assertThat(column.select("mark").text())
        .startsWith("Sediment carried downstream")
        .endsWith("renew the soil each season.");
  }

  @Test
  void jsonAndTextCanGoToAFileToo() throws Exception {
    String essay = site.resolve("essay.txt").toString();
    Cli.Result stdout = Cli.run("check", "--format", "json", "--index", index.toString(), essay);
    Path out = dir.resolve("report.json");
    Cli.Result toFile =
        Cli.run("check", "--format", "json", "--out", out.toString(), "--index", index.toString(), essay);
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(stdout.out());
  }

  @Test
  void anOutFileInAMissingFolderIsAUsageError() {
    Cli.Result result =
        Cli.run(
            "check",
            "--format",
            "html",
            "--out",
            dir.resolve("no/such/folder/report.html").toString(),
            "--index",
            index.toString(),
            site.resolve("essay.txt").toString());
    assertThat(result.status()).isEqualTo(ExitCode.USAGE.code());
    assertThat(result.err()).contains("--out needs a file in an existing folder");
  }
}
