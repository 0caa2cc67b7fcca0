package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  private static final HtmlReportWriter.Settings SETTINGS = new HtmlReportWriter.Settings(15, 10);

  /** Code points [start, end) of the text. */
  private static String slice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  private static CheckReport.Passage passage(
      int essayStart, int essayEnd, int sourceStart, int sourceEnd, String kind) {
    return new CheckReport.Passage(
        new CheckReport.Span(essayStart, essayEnd),
        new CheckReport.Span(sourceStart, sourceEnd),
        essayEnd - essayStart,
        kind,
        kind.equals("verbatim") ? 1.0 : 0.8,
        "preview");
  }

  private static CheckedEssay checked(
      String essayPath, ReportText essay, String sourcePath, ReportText source, List<CheckReport.Passage> passages) {
    CheckReport.SourceReport sourceReport =
        new CheckReport.SourceReport("/abs/" + sourcePath, sourcePath, 0.5, 0.25, 20, passages);
    CheckReport report =
        new CheckReport(
            CheckReport.SCHEMA_VERSION,
            new CheckReport.EssayInfo(essayPath, 40, 30),
            0.5,
            0.4,
            List.of(sourceReport),
            null,
            List.of());
    return new CheckedEssay(report, essay, Map.of(sourceReport.id(), source));
  }

  private static Document render(CheckedEssay... essays) {
    return Jsoup.parse(HtmlReportWriter.html(List.of(essays), SETTINGS));
  }

  private static Element column(Document page, String side) {
    return page.selectFirst(".text[data-side=" + side + "]");
  }

  @Test
  void essayMarkupIsShownAsText() {
    String essay = "<script>alert(\"hi\")</script> <b>bold</b> & 'single' \"double\"\n";
    String source = "Nothing <i>here</i>.";
    CheckedEssay checked =
        checked(
            "<img src=x onerror=alert(1)>.txt",
            new ReportText(essay, List.of()),
            "a&b \"quoted\".txt",
            new ReportText(source, List.of()),
            List.of(passage(0, 29, 0, 7, "verbatim")));

    String html = HtmlReportWriter.html(List.of(checked), SETTINGS);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).as("only the report's own script").hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("alert");
    assertThat(page.select("b, i, img")).isEmpty();
    assertThat(column(page, "essay").wholeText()).isEqualTo(essay);
    assertThat(column(page, "source").wholeText()).isEqualTo(source);
    assertThat(page.selectFirst("section.essay h2").text())
        .isEqualTo("Essay <img src=x onerror=alert(1)>.txt");
    assertThat(page.title()).isEqualTo("Similarity report: <img src=x onerror=alert(1)>.txt");
    assertThat(page.selectFirst("section.source h3").text()).contains("a&b \"quoted\".txt");
    assertThat(html).contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;");
  }

  @Test
  void highlightsSitAtExactCodePointOffsets() {
    // Accents are one char each; each of 𝔘𝔫𝔦 is one code point but two UTF-16 chars.
    String essay = "Ünïcödé intro. 𝔘𝔫𝔦 copied words go here, then my own ending.";
    String source = "Source 🙂 start: 𝔘𝔫𝔦 copied words go here. Fin.";
    int essayStart = essay.codePointCount(0, essay.indexOf("𝔘"));
    int essayEnd = essay.codePointCount(0, essay.indexOf(", then"));
    int sourceStart = source.codePointCount(0, source.indexOf("𝔘"));
    int sourceEnd = source.codePointCount(0, source.indexOf(". Fin"));
    assertThat(essayStart).isEqualTo(15);
    assertThat(sourceStart).isEqualTo(16);

    Document page =
        render(
            checked(
                "essay.txt",
                new ReportText(essay, List.of()),
                "source.txt",
                new ReportText(source, List.of()),
                List.of(passage(essayStart, essayEnd, sourceStart, sourceEnd, "edited"))));

    Elements essayMarks = column(page, "essay").select("mark");
    Elements sourceMarks = column(page, "source").select("mark");
    assertThat(essayMarks).hasSize(1);
    assertThat(sourceMarks).hasSize(1);
    assertThat(essayMarks.first().wholeText())
        .isEqualTo(slice(essay, essayStart, essayEnd))
        .isEqualTo("𝔘𝔫𝔦 copied words go here");
    assertThat(sourceMarks.first().wholeText()).isEqualTo("𝔘𝔫𝔦 copied words go here");
    assertThat(column(page, "essay").wholeText()).isEqualTo(essay);
    assertThat(column(page, "source").wholeText()).isEqualTo(source);
    assertThat(essayMarks.first().classNames()).contains("p", "c0", "edited");
  }

  @Test
  void passageIGetsTheSameColourInBothColumnsAndAnAnchorOnEachSide() {
    String essay = "one two three four five six seven eight nine ten";
    String source = "ten nine eight seven six five four three two one";
    Document page =
        render(
            checked(
                "e.txt",
                new ReportText(essay, List.of()),
                "s.txt",
                new ReportText(source, List.of()),
                List.of(
                    passage(0, 13, source.indexOf("three"), source.length(), "verbatim"),
                    passage(
                        essay.indexOf("five"),
                        essay.indexOf(" seven"),
                        source.indexOf("six"),
                        source.indexOf(" four"),
                        "paraphrase"))));

    for (int n = 1; n <= 2; n++) {
      String pair = "e1-s1-p" + n;
      Element inEssay = column(page, "essay").selectFirst("mark[data-pairs~=" + pair + "]");
      Element inSource = column(page, "source").selectFirst("mark[data-pairs~=" + pair + "]");
      String colour = "c" + (n - 1);
      assertThat(inEssay.classNames()).contains(colour);
      assertThat(inSource.classNames()).contains(colour);
      assertThat(page.getElementById(pair + "-essay")).isNotNull();
      assertThat(page.getElementById(pair + "-source")).isNotNull();
      assertThat(page.selectFirst("tr[data-pair=" + pair + "] .swatch").classNames())
          .contains(colour);
    }
    assertThat(column(page, "essay").selectFirst("mark[data-pairs=e1-s1-p1]").wholeText())
        .isEqualTo("one two three");
    assertThat(column(page, "source").selectFirst("mark[data-pairs=e1-s1-p1]").wholeText())
        .isEqualTo("three two one");
  }

  @Test
  void theWordsAnEditedPassageChangedAreMarkedOnBothSides() {
    String essay = "Intro. The quick brown fox jumps over the lazy Dog. Outro.";
    String source = "The quick red fox leaps over the lazy dóg and more.";
    int essayStart = essay.indexOf("The");
    int essayEnd = essay.indexOf(" Outro");
    Document page =
        render(
            checked(
                "e.txt",
                new ReportText(essay, List.of()),
                "s.txt",
                new ReportText(source, List.of()),
                List.of(passage(essayStart, essayEnd, 0, source.indexOf(" and"), "edited"))));

    assertThat(column(page, "essay").select("mark.changed").eachText())
        .as("case and accents do not count as changes")
        .containsExactly("brown", "jumps");
    assertThat(column(page, "source").select("mark.changed").eachText())
        .containsExactly("red", "leaps");
    assertThat(column(page, "essay").select("mark").text())
        .isEqualTo("The quick brown fox jumps over the lazy Dog.");
  }

  @Test
  void verbatimPassagesShowNoChanges() {
    String text = "same words in the same order here";
    Document page =
        render(
            checked(
                "e.txt",
                new ReportText(text, List.of()),
                "s.txt",
                new ReportText("SAME words in the same order", List.of()),
                List.of(passage(0, 28, 0, 28, "verbatim"))));
    assertThat(page.select(".text mark.changed")).isEmpty();
  }

  @Test
  void coloursCycleAfterTen() {
    StringBuilder text = new StringBuilder();
    List<CheckReport.Passage> passages = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      passages.add(passage(text.length(), text.length() + 3, text.length(), text.length() + 3, "verbatim"));
      text.append("abc ");
    }
    String same = text.toString();
    Document page =
        render(
            checked("e", new ReportText(same, List.of()), "s", new ReportText(same, List.of()), passages));
    assertThat(page.selectFirst("mark[data-pairs=e1-s1-p11]").classNames()).contains("c0");
    assertThat(page.selectFirst("mark[data-pairs=e1-s1-p12]").classNames()).contains("c1");
  }

  @Test
  void overlappingPassagesAndUnscoredStretchesKeepTheTextWhole() {
    String essay = "Title\nalpha beta gamma delta epsilon\nReferences: Smith 2001.\n";
    int refs = essay.indexOf("References");
    ReportText essayText =
        new ReportText(
            essay,
            List.of(
                new ReportText.Unscored(
                    refs, essay.length() - 1, "references", false, "after a References heading")));
    int alpha = essay.indexOf("alpha");
    int gammaEnd = essay.indexOf(" delta");
    int beta = essay.indexOf("beta");
    int epsilonEnd = essay.indexOf("\nRef");
    Document page =
        render(
            checked(
                "e.txt",
                essayText,
                "s.txt",
                new ReportText(essay, List.of()),
                List.of(
                    passage(alpha, gammaEnd, alpha, gammaEnd, "verbatim"),
                    passage(beta, epsilonEnd, beta, epsilonEnd, "edited"))));

    Element column = column(page, "essay");
    assertThat(column.wholeText()).isEqualTo(essay);
    assertThat(column.select("mark").eachText())
        .containsExactly("alpha", "beta gamma", "delta epsilon");
    assertThat(column.select("mark").eachAttr("data-pairs"))
        .containsExactly("e1-s1-p1", "e1-s1-p1 e1-s1-p2", "e1-s1-p2");
    Element references = column.selectFirst(".unscored");
    assertThat(references.wholeText()).isEqualTo("References: Smith 2001.");
    assertThat(references.attr("data-label")).isEqualTo("References, not scored");
    assertThat(page.selectFirst(".excluded").text())
        .contains("References, not scored", "“References: Smith 2001.” (3 words)")
        .contains("shorter than 15 words", "At most 10 sources");
  }

  @Test
  void severalEssaysGetContentsAndASectionEach() {
    CheckedEssay first =
        checked("a.txt", new ReportText("aaa", List.of()), "s.txt", new ReportText("aaa", List.of()),
            List.of(passage(0, 3, 0, 3, "verbatim")));
    CheckedEssay refused = CheckedEssay.withoutTexts(CheckReport.refused("b.pdf", "unsupported file type"));
    Document page = render(first, refused);

    assertThat(page.select("nav.contents tbody tr")).hasSize(2);
    assertThat(page.select("section.essay").eachAttr("id")).containsExactly("e1", "e2");
    assertThat(page.getElementById("e2").selectFirst(".error").text())
        .isEqualTo("Not checked: unsupported file type");
    assertThat(page.title()).isEqualTo("Similarity report: 2 essays");
  }

  @Test
  void thePageLoadsNothingAndIsTheSameEveryTime() {
    CheckedEssay essay =
        checked("a.txt", new ReportText("aaa bbb", List.of()), "s.txt", new ReportText("aaa", List.of()),
            List.of(passage(0, 3, 0, 3, "verbatim")));
    String html = HtmlReportWriter.html(List.of(essay), SETTINGS);
    Document page = Jsoup.parse(html);
    assertThat(page.select("link, img, iframe, object, embed, [src]")).isEmpty();
    assertThat(html).doesNotContain("http:", "https:", "@import", "url(");
    assertThat(HtmlReportWriter.html(List.of(essay), SETTINGS)).isEqualTo(html);
  }

  @Test
  void aCheckedEssayWithoutItsTextsIsRefused() {
    CheckedEssay full =
        checked("a.txt", new ReportText("aaa", List.of()), "s.txt", new ReportText("aaa", List.of()),
            List.of(passage(0, 3, 0, 3, "verbatim")));
    CheckedEssay bare = CheckedEssay.withoutTexts(full.report());
    assertThatThrownBy(() -> HtmlReportWriter.html(List.of(bare), SETTINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/abs/s.txt");
  }
}
