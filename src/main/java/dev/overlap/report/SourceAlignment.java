package dev.overlap.report;

import dev.overlap.align.PassageMatch;
import dev.overlap.analysis.AnalyzedText;
import java.util.List;

/** The passages an essay shares with one source, before they become a report. */
public record SourceAlignment(
    String id, String path, AnalyzedText source, List<PassageMatch> passages) {
  public SourceAlignment {
    passages = List.copyOf(passages);
  }
}
