package dev.overlap.report;

import dev.overlap.clean.Block;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.CleanedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The text a report's offsets point into, with the stretches of it that did not count towards
 * similarity and why. For a text or Markdown file this is the file's text; for an HTML page, the
 * text the page was reduced to.
 *
 * @param text the whole text
 * @param unscored stretches left out of the similarity, in order, not overlapping
 */
public record ReportText(String text, List<Unscored> unscored) {
  /** No text: the report of an essay that could not be read. */
  public static final ReportText NONE = new ReportText("", List.of());

  /**
   * A stretch of the text that did not count towards similarity.
   *
   * @param start first code point
   * @param end code point after the last, exclusive
   * @param kind the block kind in lower case: {@code references}, {@code quote}, {@code
   *     boilerplate}, {@code template}
   * @param removed whether the stretch was removed before analysis (boilerplate, templates) rather
   *     than read but not scored (references, quotations)
   * @param reason why the cleaner gave it that kind
   */
  public record Unscored(int start, int end, String kind, boolean removed, String reason) {
    public Unscored {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }

  public ReportText {
    unscored = List.copyOf(unscored);
    int length = text.codePointCount(0, text.length());
    int previousEnd = 0;
    for (Unscored stretch : unscored) {
      if (stretch.start() < previousEnd || stretch.end() > length) {
        throw new IllegalArgumentException(
            "unscored stretches must be ordered, disjoint and inside the text of "
                + length
                + " code points; got "
                + stretch);
      }
      previousEnd = stretch.end();
    }
  }

  /**
   * The cleaned text, with every block whose kind is not in {@code scoredKinds} as an unscored
   * stretch. Block offsets (UTF-16) become code points.
   */
  public static ReportText of(CleanedText cleaned, Set<BlockKind> scoredKinds) {
    String text = cleaned.text();
    List<Unscored> unscored = new ArrayList<>();
    int charIndex = 0;
    int codePoint = 0;
    for (Block block : cleaned.blocks()) {
      if (scoredKinds.contains(block.kind())) {
        continue;
      }
      codePoint += text.codePointCount(charIndex, block.start());
      int start = codePoint;
      codePoint += text.codePointCount(block.start(), block.end());
      charIndex = block.end();
      unscored.add(
          new Unscored(
              start,
              codePoint,
              block.kind().name().toLowerCase(Locale.ROOT),
              !block.kind().kept(),
              block.reason()));
    }
    return new ReportText(text, unscored);
  }
}
