package dev.overlap.eval;

import dev.overlap.report.CheckReport;
import dev.overlap.report.CheckedEssay;
import dev.overlap.report.ReportText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The longest run of identical words inside the passages of a check: how much of the reuse is
 * copied as is. A passage the aligner calls edited may still hold a copied sentence or two; the
 * longest run tells a pasted passage (two sentences are 40 words or so) from a rewritten one,
 * whose exact runs are phrases.
 *
 * <p>Words are runs of letters and digits, lower-cased, accents folded ({@code Dvořák’s} is
 * {@code dvorak}, {@code s}): a plain reading, not the analyser's, so this evaluation does not
 * depend on Lucene.
 */
public final class ExactRuns {
  private ExactRuns() {}

  /** The words of {@code text}: letters and digits, lower case, accents removed. */
  static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        out.add(word);
      }
    }
    return out;
  }

  /** The length in words of the longest run that {@code a} and {@code b} share, in order. */
  static int longest(List<String> a, List<String> b) {
    // dynamic programme over suffix matches, one row at a time: O(|a|·|b|) time, O(|b|) space
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    int best = 0;
    for (String word : a) {
      for (int j = 0; j < b.size(); j++) {
        current[j + 1] = word.equals(b.get(j)) ? previous[j] + 1 : 0;
        best = Math.max(best, current[j + 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }

  /**
   * The longest run of identical words between the two sides of any passage of {@code checked}
   * (0 without passages). Needs the texts of the check ({@code Overlap#checkWithTexts}).
   */
  public static int longestInPassages(CheckedEssay checked) {
    return longestInPassages(checked, source -> true);
  }

  /** The same, over the passages of the sources {@code which} accepts. */
  public static int longestInPassages(
      CheckedEssay checked, Predicate<CheckReport.SourceReport> which) {
    int best = 0;
    String essay = checked.essay().text();
    for (CheckReport.SourceReport source : checked.report().sources()) {
      if (!which.test(source)) {
        continue;
      }
      ReportText text = checked.sources().get(source.id());
      if (text == null) {
        throw new IllegalArgumentException("no text for the report's source " + source.id());
      }
      for (CheckReport.Passage p : source.passages()) {
        best =
            Math.max(
                best,
                longest(
                    words(substring(essay, p.essay())), words(substring(text.text(), p.source()))));
      }
    }
    return best;
  }

  private static String substring(String text, CheckReport.Span span) {
    int start = text.offsetByCodePoints(0, span.start());
    return text.substring(start, text.offsetByCodePoints(start, span.end() - span.start()));
  }
}
