package dev.overlap.report;

import dev.overlap.align.PassageMatch;
import dev.overlap.analysis.AnalyzedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns alignments into a {@link CheckReport}: similarity from the union of covered scored words,
 * offsets converted from UTF-16 to code points, sources ranked by similarity then path.
 */
public final class ReportBuilder {
  private static final int PREVIEW_WORDS = 12;

  private final int topSources;

  /** @param topSources most sources listed per essay */
  public ReportBuilder(int topSources) {
    if (topSources < 1) {
      throw new IllegalArgumentException("topSources must be at least 1, got " + topSources);
    }
    this.topSources = topSources;
  }

  public CheckReport build(String path, AnalyzedText essay, List<SourceAlignment> alignments) {
    int scoredWords = essay.scoredWords();
    BitSet coveredByAll = new BitSet();
    double[] bestScore = new double[essay.size()];
    List<CheckReport.SourceReport> sources = new ArrayList<>();
    for (SourceAlignment alignment : alignments) {
      if (alignment.passages().isEmpty()) {
        continue;
      }
      BitSet covered = new BitSet();
      BitSet sourceCovered = new BitSet();
      int longest = 0;
      List<CheckReport.Passage> passages = new ArrayList<>();
      for (PassageMatch match : alignment.passages()) {
        for (int w = match.essayFirstWord(); w < match.essayEndWord(); w++) {
          if (essay.scored()[w]) {
            covered.set(w);
            bestScore[w] = Math.max(bestScore[w], match.score());
          }
        }
        sourceCovered.set(match.sourceFirstWord(), match.sourceEndWord());
        longest = Math.max(longest, match.essayWords());
        passages.add(
            new CheckReport.Passage(
                span(essay.text(), match.essayStart(), match.essayEnd()),
                span(alignment.source().text(), match.sourceStart(), match.sourceEnd()),
                match.essayWords(),
                match.kind().label(),
                match.score(),
                preview(essay, match)));
      }
      coveredByAll.or(covered);
      sources.add(
          new CheckReport.SourceReport(
              alignment.id(),
              alignment.path(),
              share(covered.cardinality(), scoredWords),
              share(sourceCovered.cardinality(), alignment.source().size()),
              longest,
              passages));
    }
    sources.sort(
        Comparator.comparingDouble((CheckReport.SourceReport s) -> -s.similarity())
            .thenComparing(CheckReport.SourceReport::path));
    List<CheckReport.SourceReport> top = sources.subList(0, Math.min(topSources, sources.size()));
    double weighted = 0;
    for (double score : bestScore) {
      weighted += score;
    }
    return new CheckReport(
        CheckReport.SCHEMA_VERSION,
        new CheckReport.EssayInfo(path, essay.size(), scoredWords),
        share(coveredByAll.cardinality(), scoredWords),
        scoredWords == 0 ? 0 : Math.round(10_000.0 * weighted / scoredWords) / 10_000.0,
        top,
        null,
        List.of());
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.round(10_000.0 * part / whole) / 10_000.0;
  }

  private static CheckReport.Span span(String text, int start, int end) {
    int codePointStart = text.codePointCount(0, start);
    return new CheckReport.Span(codePointStart, codePointStart + text.codePointCount(start, end));
  }

  private static String preview(AnalyzedText essay, PassageMatch match) {
    int lastWord = Math.min(match.essayEndWord(), match.essayFirstWord() + PREVIEW_WORDS) - 1;
    String words =
        essay.text().substring(match.essayStart(), essay.ends()[lastWord]).replaceAll("\\s+", " ");
    return lastWord < match.essayEndWord() - 1 ? words + " …" : words;
  }
}
