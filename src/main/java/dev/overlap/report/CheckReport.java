package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one essay.
 *
 * @param schemaVersion version of this JSON layout
 * @param essay the checked essay
 * @param similarity share of the essay's scored words covered by passages, 0..1; null when the
 *     essay could not be read ({@code error} says why)
 * @param weightedSimilarity like {@code similarity}, but each covered word counts by the score of
 *     the closest passage covering it: verbatim copying counts fully, edited and paraphrased text
 *     less; null when the essay could not be read
 * @param sources sources with at least one passage, most similar first
 * @param error why the essay was not checked, or null
 * @param warnings what the check could not do though the essay was read, e.g. a source whose
 *     file changed after it was indexed by reference; omitted when empty
 */
@JsonPropertyOrder({
  "schemaVersion", "essay", "similarity", "weightedSimilarity", "sources", "error", "warnings"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckReport(
    int schemaVersion,
    EssayInfo essay,
    @Nullable Double similarity,
    @Nullable Double weightedSimilarity,
    List<SourceReport> sources,
    @Nullable String error,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

  public static final int SCHEMA_VERSION = 1;

  public CheckReport {
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
  }

  /** This report with {@code more} warnings after its own. */
  public CheckReport withWarnings(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new CheckReport(schemaVersion, essay, similarity, weightedSimilarity, sources, error, all);
  }

  /** A report for an essay that could not be checked. */
  public static CheckReport refused(String path, String reason) {
    return new CheckReport(SCHEMA_VERSION, new EssayInfo(path, 0, 0), null, null, List.of(), reason, List.of());
  }

  /**
   * @param path the essay's path as given
   * @param words words of the essay's kept text
   * @param scoredWords words that count towards similarity
   */
  @JsonPropertyOrder({"path", "words", "scoredWords"})
  public record EssayInfo(String path, int words, int scoredWords) {}

  /**
   * @param id the source's identity in the index
   * @param path the source's path as indexed
   * @param similarity share of the essay's scored words covered by this source's passages
   * @param sourceShare share of the source's words covered by the passages
   * @param longestPassageWords words of the longest passage, in the essay
   */
  @JsonPropertyOrder({"id", "path", "similarity", "sourceShare", "longestPassageWords", "passages"})
  public record SourceReport(
      String id,
      String path,
      double similarity,
      double sourceShare,
      int longestPassageWords,
      List<Passage> passages) {
    public SourceReport {
      passages = List.copyOf(passages);
    }
  }

  /**
   * @param essay span in the essay's text
   * @param source span in the source's text
   * @param words words of the passage in the essay
   * @param kind verbatim, edited or paraphrase
   * @param score how closely the two spans match, 0..1
   * @param preview the passage's first words in the essay, for reading
   */
  @JsonPropertyOrder({"essay", "source", "words", "kind", "score", "preview"})
  public record Passage(
      Span essay, Span source, int words, String kind, double score, String preview) {}

  /** Offsets in Unicode code points into the original text, end exclusive. */
  @JsonPropertyOrder({"start", "end"})
  public record Span(int start, int end) {}
}
