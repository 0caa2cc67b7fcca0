package dev.overlap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes a text as HTML with passages highlighted at their code-point offsets.
 *
 * <p>The text is cut at every edge of a passage or an unscored stretch. Each piece covered by
 * passages becomes a {@code <mark>} that names all of them in {@code data-pairs} (the first,
 * lowest-numbered one gives the colour); each passage's start gets an empty anchor {@code
 * <span id="PAIR-SIDE">} to scroll to, so that overlapping passages still have one. Unscored
 * stretches wrap their pieces in a {@code <span class="unscored">}; pieces inside a changed range
 * (words an edited passage does not share with its twin) get the class {@code changed}. Nothing is added to or dropped
 * from the text: the element's text content is the text itself.
 */
final class Highlighter {
  /**
   * A passage to highlight.
   *
   * @param start first code point
   * @param end code point after the last
   * @param pair the passage's id, shared by its two sides
   * @param cssClass classes giving its colour and kind
   * @param title the tooltip
   */
  record Highlight(int start, int end, String pair, String cssClass, String title) {}

  private Highlighter() {}

  /**
   * @param side {@code essay} or {@code source}: which column this is, for anchors and the script
   */
  static void render(
      StringBuilder out,
      ReportText text,
      List<Highlight> highlights,
      List<WordDiff.Range> changed,
      String side) {
    String s = text.text();
    int length = s.codePointCount(0, s.length());
    int[] charIndex = new int[length + 1];
    for (int cp = 0, i = 0; cp < length; cp++) {
      charIndex[cp] = i;
      i += Character.charCount(s.codePointAt(i));
    }
    charIndex[length] = s.length();

    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    for (Highlight h : highlights) {
      cuts.add(clamp(h.start(), length));
      cuts.add(clamp(h.end(), length));
    }
    for (WordDiff.Range r : changed) {
      cuts.add(clamp(r.start(), length));
      cuts.add(clamp(r.end(), length));
    }
    for (ReportText.Unscored u : text.unscored()) {
      cuts.add(u.start());
      cuts.add(u.end());
    }

    List<ReportText.Unscored> stretches = text.unscored();
    int nextStretch = 0;
    ReportText.Unscored open = null;
    boolean[] anchored = new boolean[highlights.size()];
    Integer from = cuts.first();
    for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
      int a = from;
      int b = to;
      if (open != null && a >= open.end()) {
        out.append("</span>");
        open = null;
      }
      while (nextStretch < stretches.size() && stretches.get(nextStretch).end() <= a) {
        nextStretch++;
      }
      if (open == null
          && nextStretch < stretches.size()
          && stretches.get(nextStretch).start() <= a) {
        open = stretches.get(nextStretch);
        out.append("<span class=\"unscored ")
            .append(open.removed() ? "removed" : "read")
            .append("\" data-label=\"")
            .append(Html.escape(HtmlReportWriter.unscoredLabel(open)))
            .append("\" title=\"")
            .append(Html.escape(open.reason()))
            .append("\">");
      }
      List<Highlight> covering = new ArrayList<>();
      for (int i = 0; i < highlights.size(); i++) {
        Highlight h = highlights.get(i);
        if (h.start() <= a && h.end() >= b) {
          covering.add(h);
          if (!anchored[i]) {
            anchored[i] = true;
            out.append("<span class=\"anchor\" id=\"")
                .append(Html.escape(h.pair() + "-" + side))
                .append("\"></span>");
          }
        }
      }
      String piece = Html.escape(s.substring(charIndex[a], charIndex[b]));
      if (covering.isEmpty()) {
        out.append(piece);
        continue;
      }
      Highlight first = covering.get(0);
      StringBuilder pairs = new StringBuilder();
      StringBuilder title = new StringBuilder();
      for (Highlight h : covering) {
        pairs.append(pairs.isEmpty() ? "" : " ").append(h.pair());
        title.append(title.isEmpty() ? "" : "\n").append(h.title());
      }
      boolean isChanged = false;
      for (WordDiff.Range r : changed) {
        isChanged |= r.start() <= a && r.end() >= b;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "<mark class=\"%s\" data-pairs=\"%s\" data-side=\"%s\" tabindex=\"0\" title=\"%s\">",
              Html.escape(first.cssClass() + (isChanged ? " changed" : "")),
              Html.escape(pairs.toString()),
              side,
              Html.escape(title.toString())));
      out.append(piece).append("</mark>");
    }
    if (open != null) {
      out.append("</span>");
    }
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }
}
