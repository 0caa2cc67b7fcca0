package dev.overlap.report;

import dev.overlap.clean.BlockKind;
import dev.overlap.clean.CleanedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A check's report together with the texts its offsets point into: what a report meant for
 * reading (HTML) needs to show the passages in place.
 *
 * @param report the report
 * @param essay the essay's text; {@link ReportText#NONE} when the essay was not read or the texts
 *     were not kept
 * @param sources the text of each source of the report, by {@link CheckReport.SourceReport#id()}
 */
public record CheckedEssay(CheckReport report, ReportText essay, Map<String, ReportText> sources) {
  public CheckedEssay {
    sources = Map.copyOf(sources);
  }

  /** A report without its texts: enough for the text and JSON forms. */
  public static CheckedEssay withoutTexts(CheckReport report) {
    return new CheckedEssay(report, ReportText.NONE, Map.of());
  }

  /**
   * The report with the essay's text and those of the sources it lists.
   *
   * @param cleanedSources cleaned texts by source id; may hold more sources than the report lists
   * @param scoredKinds the block kinds that counted towards similarity
   */
  public static CheckedEssay of(
      CheckReport report,
      CleanedText essay,
      Map<String, CleanedText> cleanedSources,
      Set<BlockKind> scoredKinds) {
    Map<String, ReportText> sources = new LinkedHashMap<>();
    for (CheckReport.SourceReport source : report.sources()) {
      CleanedText cleaned = cleanedSources.get(source.id());
      if (cleaned == null) {
        throw new IllegalArgumentException("no text for the report's source " + source.id());
      }
      sources.put(source.id(), ReportText.of(cleaned, scoredKinds));
    }
    return new CheckedEssay(report, ReportText.of(essay, scoredKinds), sources);
  }
}
