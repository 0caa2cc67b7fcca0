package dev.overlap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes check reports as one self-contained HTML page for reading: a summary per essay, then each
 * source beside the essay with the reused passages highlighted, passage i in the same colour in
 * both columns. Clicking a passage scrolls the other column to its twin.
 *
 * <p>The page loads nothing: its style and script are inline, and every piece of essay text, path
 * and reason is escaped, so an essay holding {@code <script>} shows it as text. It carries no date
 * or absolute path of its own: the same reports give the same bytes.
 */
public final class HtmlReportWriter {
  /** Colours cycle after this many passages. */
  static final int COLOURS = 10;

  private static final int PREVIEW_WORDS = 12;

  /**
   * The settings a reader needs to know what was left out.
   *
   * @param minWords passages shorter than this were not reported
   * @param topSources at most this many sources are listed per essay
   */
  public record Settings(int minWords, int topSources) {
    public Settings {
      if (minWords < 1) {
        throw new IllegalArgumentException("minWords must be at least 1, got " + minWords);
      }
      if (topSources < 1) {
        throw new IllegalArgumentException("topSources must be at least 1, got " + topSources);
      }
    }
  }

  private HtmlReportWriter() {}

  /**
   * The page for these essays, in input order.
   *
   * @throws IllegalArgumentException when an essay that was checked comes without its texts
   */
  public static String html(List<CheckedEssay> essays, Settings settings) {
    StringBuilder out = new StringBuilder(1 << 16);
    String title =
        essays.size() == 1
            ? "Similarity report: " + essays.get(0).report().essay().path()
            : "Similarity report: " + essays.size() + " essays";
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"overlap\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>")
        .append(HtmlAssets.CSS)
        .append("</style>\n</head>\n<body>\n");
    out.append("<header class=\"page\"><h1>Similarity report</h1>\n<p class=\"how\">")
        .append(
            "Reused passages are highlighted in the essay and in the source, each passage in its"
                + " own colour in both columns. Click a passage to bring its twin into view in the"
                + " other column. Underlines tell how it was reused: ")
        .append("<mark class=\"p c0 verbatim legend\">verbatim</mark> copied word for word, ")
        .append("<mark class=\"p c0 edited legend\">edited</mark> with words changed, added or")
        .append(" moved (the words that differ in <mark class=\"p c0 edited changed legend\">")
        .append("bold</mark>), ")
        .append("<mark class=\"p c0 paraphrase legend\">paraphrase</mark> the same content")
        .append(" reworded.</p>\n</header>\n");
    if (essays.size() > 1) {
      contents(out, essays);
    }
    out.append("<main>\n");
    for (int i = 0; i < essays.size(); i++) {
      essay(out, essays.get(i), "e" + (i + 1), settings);
    }
    out.append("</main>\n<footer>Made by overlap. Offsets are Unicode code points into the")
        .append(" text shown, as in the JSON report.</footer>\n<script>")
        .append(HtmlAssets.SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void contents(StringBuilder out, List<CheckedEssay> essays) {
    out.append("<nav class=\"contents\"><h2>")
        .append(essays.size())
        .append(" essays</h2>\n<table>\n<thead><tr><th>Essay</th><th class=\"num\">Similarity</th>")
        .append("<th class=\"num\">Weighted</th><th>Most similar source</th></tr></thead>\n")
        .append("<tbody>\n");
    for (int i = 0; i < essays.size(); i++) {
      CheckReport report = essays.get(i).report();
      out.append("<tr><td><a href=\"#e")
          .append(i + 1)
          .append("\">")
          .append(Html.escape(report.essay().path()))
          .append("</a></td>");
      if (report.error() != null) {
        out.append("<td colspan=\"3\" class=\"error\">not checked: ")
            .append(Html.escape(report.error()))
            .append("</td></tr>\n");
        continue;
      }
      out.append("<td class=\"num\">")
          .append(percent(orZero(report.similarity())))
          .append("</td><td class=\"num\">")
          .append(percent(orZero(report.weightedSimilarity())))
          .append("</td><td>")
          .append(
              report.sources().isEmpty()
                  ? "—"
                  : Html.escape(report.sources().get(0).path())
                      + " ("
                      + percent(report.sources().get(0).similarity())
                      + ")")
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</nav>\n");
  }

  private static void essay(StringBuilder out, CheckedEssay checked, String id, Settings settings) {
    CheckReport report = checked.report();
    out.append("<section class=\"essay\" id=\"")
        .append(id)
        .append("\">\n<h2><span class=\"what\">Essay</span> ")
        .append(Html.escape(report.essay().path()))
        .append("</h2>\n");
    if (report.error() != null) {
      out.append("<p class=\"error\">Not checked: ")
          .append(Html.escape(report.error()))
          .append("</p>\n</section>\n");
      return;
    }
    summary(out, checked, id, settings);
    for (String warning : report.warnings()) {
      out.append("<p class=\"error\">Warning: ").append(Html.escape(warning)).append("</p>\n");
    }
    for (int j = 0; j < report.sources().size(); j++) {
      CheckReport.SourceReport source = report.sources().get(j);
      ReportText sourceText = checked.sources().get(source.id());
      if (sourceText == null) {
        throw new IllegalArgumentException(
            "the HTML report needs the text of " + source.id() + " (use Overlap.checkWithTexts)");
      }
      source(out, checked.essay(), report, source, sourceText, id + "-s" + (j + 1), j + 1);
    }
    out.append("</section>\n");
  }

  private static void summary(
      StringBuilder out, CheckedEssay checked, String id, Settings settings) {
    CheckReport report = checked.report();
    int passages = 0;
    for (CheckReport.SourceReport source : report.sources()) {
      passages += source.passages().size();
    }
    out.append("<div class=\"summary\">\n<div class=\"scores\">\n");
    score(out, "big", percent(orZero(report.similarity())), "similar");
    score(out, "", percent(orZero(report.weightedSimilarity())), "weighted similarity");
    score(
        out,
        "",
        String.valueOf(passages),
        plural(passages, "passage", "passages")
            + " from "
            + report.sources().size()
            + " "
            + plural(report.sources().size(), "source", "sources"));
    score(
        out,
        "",
        String.valueOf(report.essay().scoredWords()),
        "words scored"
            + (report.essay().words() != report.essay().scoredWords()
                ? " of " + report.essay().words() + " read"
                : ""));
    out.append("</div>\n<p class=\"explain\">Similarity is the share of the essay's scored words")
        .append(" found in a source. Weighted similarity counts copied words fully and edited or")
        .append(" paraphrased words by how closely they follow the source.</p>\n");

    if (report.sources().isEmpty()) {
      out.append("<p class=\"none\">No passage of ")
          .append(settings.minWords())
          .append(" words or more was found in a source.</p>\n");
    } else {
      out.append("<table class=\"sources\">\n<thead><tr><th class=\"num\">#</th><th>Source</th>")
          .append("<th>Share of the essay</th><th class=\"num\">Share of the source</th>")
          .append("<th class=\"num\">Passages</th><th class=\"num\">Longest</th></tr></thead>\n")
          .append("<tbody>\n");
      for (int j = 0; j < report.sources().size(); j++) {
        CheckReport.SourceReport source = report.sources().get(j);
        out.append("<tr><td class=\"num\">")
            .append(j + 1)
            .append("</td><td><a href=\"#")
            .append(id)
            .append("-s")
            .append(j + 1)
            .append("\">")
            .append(Html.escape(source.path()))
            .append("</a></td><td><span class=\"bar\"><span style=\"width:")
            .append(String.format(Locale.ROOT, "%.1f", 100 * source.similarity()))
            .append("%\"></span></span> ")
            .append(percent(source.similarity()))
            .append("</td><td class=\"num\">")
            .append(percent(source.sourceShare()))
            .append("</td><td class=\"num\">")
            .append(source.passages().size())
            .append("</td><td class=\"num\">")
            .append(source.longestPassageWords())
            .append(" words</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    out.append("<div class=\"excluded\"><h3>Not counted</h3>\n<ul>\n");
    ReportText essay = checked.essay();
    String text = essay.text();
    for (ReportText.Unscored stretch : essay.unscored()) {
      String words =
          text.substring(
              text.offsetByCodePoints(0, stretch.start()),
              text.offsetByCodePoints(0, stretch.end()));
      out.append("<li><span class=\"tag\">")
          .append(Html.escape(unscoredLabel(stretch)))
          .append("</span> “")
          .append(Html.escape(preview(words)))
          .append("” (")
          .append(wordCount(words))
          .append(" words): ")
          .append(Html.escape(stretch.reason()))
          .append("</li>\n");
    }
    out.append("<li>Passages shorter than ")
        .append(settings.minWords())
        .append(" words are not reported (<code>--min-words</code>).</li>\n")
        .append("<li>At most ")
        .append(settings.topSources())
        .append(" sources are listed (<code>--top</code>).</li>\n</ul>\n</div>\n</div>\n");
  }

  private static void score(StringBuilder out, String cssClass, String number, String what) {
    out.append("<div class=\"score ")
        .append(cssClass)
        .append("\"><span class=\"num\">")
        .append(number)
        .append("</span> <span class=\"what\">")
        .append(Html.escape(what))
        .append("</span></div>\n");
  }

  private static void source(
      StringBuilder out,
      ReportText essayText,
      CheckReport report,
      CheckReport.SourceReport source,
      ReportText sourceText,
      String id,
      int rank) {
    out.append("<section class=\"source\" id=\"")
        .append(id)
        .append("\">\n<h3><span class=\"rank\">")
        .append(rank)
        .append("</span> ")
        .append(Html.escape(source.path()))
        .append(" <span class=\"shares\">")
        .append(percent(source.similarity()))
        .append(" of the essay · ")
        .append(percent(source.sourceShare()))
        .append(" of the source</span></h3>\n");

    out.append("<table class=\"passages\">\n<thead><tr><th>Passage</th><th>Kind</th>")
        .append("<th class=\"num\">Words</th><th class=\"num\">Score</th><th>Begins</th>")
        .append("<th class=\"num\" title=\"characters (Unicode code points) of the essay\">")
        .append("Essay chars</th>")
        .append("<th class=\"num\" title=\"characters (Unicode code points) of the source\">")
        .append("Source chars</th></tr></thead>\n")
        .append("<tbody>\n");
    List<Highlighter.Highlight> inEssay = new ArrayList<>();
    List<Highlighter.Highlight> inSource = new ArrayList<>();
    List<WordDiff.Range> changedInEssay = new ArrayList<>();
    List<WordDiff.Range> changedInSource = new ArrayList<>();
    for (int n = 1; n <= source.passages().size(); n++) {
      CheckReport.Passage passage = source.passages().get(n - 1);
      String pair = id + "-p" + n;
      String colour = "c" + ((n - 1) % COLOURS);
      String css = "p " + colour + " " + kindClass(passage.kind());
      String about =
          String.format(
              Locale.ROOT,
              "Passage %d: %s, %d words, score %.2f",
              n,
              passage.kind(),
              passage.words(),
              passage.score());
      if (passage.kind().equals("edited")) {
        WordDiff.Result diff =
            WordDiff.of(essayText.text(), passage.essay(), sourceText.text(), passage.source());
        changedInEssay.addAll(diff.first());
        changedInSource.addAll(diff.second());
      }
      inEssay.add(
          new Highlighter.Highlight(
              passage.essay().start(),
              passage.essay().end(),
              pair,
              css,
              about + " (click: show it in the source)"));
      inSource.add(
          new Highlighter.Highlight(
              passage.source().start(),
              passage.source().end(),
              pair,
              css,
              about + " (click: show it in the essay)"));
      out.append("<tr data-pair=\"")
          .append(pair)
          .append("\"><td><a class=\"swatch ")
          .append(colour)
          .append("\" data-pair=\"")
          .append(pair)
          .append("\" href=\"#")
          .append(pair)
          .append("-essay\">")
          .append(n)
          .append("</a></td><td><span class=\"kind ")
          .append(kindClass(passage.kind()))
          .append("\">")
          .append(Html.escape(passage.kind()))
          .append("</span></td><td class=\"num\">")
          .append(passage.words())
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", passage.score()))
          .append("</td><td class=\"preview\">“")
          .append(Html.escape(passage.preview()))
          .append("”</td><td class=\"num\">")
          .append(passage.essay().start())
          .append("–")
          .append(passage.essay().end())
          .append("</td><td class=\"num\">")
          .append(passage.source().start())
          .append("–")
          .append(passage.source().end())
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<div class=\"columns\" id=\"")
        .append(id)
        .append("-columns\">\n");
    column(out, "Essay", report.essay().path(), essayText, inEssay, changedInEssay, "essay");
    column(out, "Source", source.path(), sourceText, inSource, changedInSource, "source");
    out.append("</div>\n</section>\n");
  }

  private static void column(
      StringBuilder out,
      String heading,
      String path,
      ReportText text,
      List<Highlighter.Highlight> highlights,
      List<WordDiff.Range> changed,
      String side) {
    out.append("<div class=\"column\"><div class=\"colhead\"><span class=\"what\">")
        .append(heading)
        .append("</span> ")
        .append(Html.escape(path))
        .append("</div><div class=\"text\" data-side=\"")
        .append(side)
        .append("\">");
    Highlighter.render(out, text, highlights, changed, side);
    out.append("</div></div>\n");
  }

  /** How an unscored stretch is labelled in the text and in the summary. */
  static String unscoredLabel(ReportText.Unscored stretch) {
    String kind =
        switch (stretch.kind()) {
          case "references" -> "References";
          case "quote" -> "Quotation";
          case "boilerplate" -> "Page furniture";
          case "template" -> "Site template";
          default ->
              stretch.kind().isEmpty()
                  ? "Other"
                  : stretch.kind().substring(0, 1).toUpperCase(Locale.ROOT)
                      + stretch.kind().substring(1);
        };
    return kind + (stretch.removed() ? ", removed" : ", not scored");
  }

  private static String kindClass(String kind) {
    return switch (kind) {
      case "verbatim", "edited", "paraphrase" -> kind;
      default -> "other";
    };
  }

  private static String preview(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= PREVIEW_WORDS) {
      return String.join(" ", words);
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, PREVIEW_WORDS)) + " …";
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  private static String plural(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  private static double orZero(@Nullable Double value) {
    return value == null ? 0 : value;
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
