package dev.overlap.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What overlap needs from an index of essays: the port that {@code Overlap} indexes into and checks
 * against. {@link EssayIndex} (embedded Lucene, a folder on disk) is the default implementation;
 * others (SolrCloud, in the {@code overlap-solr} module) are found through {@link
 * FingerprintIndexProvider}. Every implementation passes the same contract test, so alignment and
 * scoring above the port see the same candidates whatever the backend.
 *
 * <p>Fingerprints are opaque 64-bit hashes computed by overlap; the index only stores them and
 * counts, per document, how many a probe shares with it.
 */
public interface FingerprintIndex extends AutoCloseable {
  /** What the index was built with (shingle size, window, normalization, schema, stems or not). */
  IndexSettings settings();

  /** Where the index is, as the user named it (a folder, or a collection on a cluster). */
  String location();

  /** Number of essays in the index, as of the last commit. */
  int size();

  /** Identity → content hash of every essay in the index, for incremental runs. */
  Map<String, String> contentHashes();

  /**
   * Adds the essay, replacing any essay with the same identity. Called from several threads at
   * once ({@code index} prepares essays in parallel), also while another thread commits.
   */
  void upsert(IndexedEssay essay);

  /** Removes the essay with this identity, if any. */
  void delete(String id);

  /** Makes everything written so far durable, and visible to readers. */
  void commit();

  /**
   * Called after a run that wrote most of the index: an implementation may compact it for
   * faster candidate lookups (the embedded index merges into one segment). Does nothing by
   * default.
   */
  default void mergeSegments() {}

  /**
   * Called before a run that will write the whole index (it starts empty) and end with {@link
   * #mergeSegments}: an implementation may leave compacting until then instead of merging the
   * same essays several times on the way. Does nothing by default.
   */
  default void deferMerges() {}

  /**
   * Documents sharing fingerprints with {@code probe}, most shared first, ties by identity.
   *
   * <p>The commonness cut: a fingerprint in more than {@code maxDocFrequency} documents (deleted
   * ones counted until they are merged away) is a stock phrase and is not counted at all.
   * Documents are ranked by the number of distinct probe fingerprints they hold after the cut.
   *
   * @param probe distinct fingerprint hashes of the essay being checked
   * @param excludeIds identities never returned (the essay itself)
   * @param maxDocFrequency fingerprints in more documents than this are skipped
   * @param topK most candidates returned
   */
  List<Candidate> candidates(
      long[] probe, Collection<String> excludeIds, int maxDocFrequency, int topK);

  /**
   * In how many documents each fingerprint is (deleted ones counted until they are merged away),
   * in the order of {@code hashes}: what tells a stock phrase from a passage one source shares.
   * The default answers 0 for every fingerprint (unknown: nothing is taken for a stock phrase);
   * a backend that can count should.
   */
  default int[] documentFrequencies(long[] hashes) {
    return new int[hashes.length];
  }

  /** What one look-up of an essay's fingerprints finds. */
  record Lookup(List<Candidate> candidates, int[] documentFrequencies) {}

  /**
   * {@link #candidates} of the distinct {@code hashes} and {@link #documentFrequencies} of {@code
   * hashes} (in their order): what a check asks of its essay's fingerprints. The default asks both
   * questions; a backend that can answers them in one pass.
   */
  default Lookup lookUp(long[] hashes, Collection<String> excludeIds, int maxDocFrequency, int topK) {
    return new Lookup(
        candidates(
            java.util.Arrays.stream(hashes).distinct().toArray(), excludeIds, maxDocFrequency, topK),
        documentFrequencies(hashes));
  }

  /**
   * Documents whose content words are most like {@code stems}: BM25 over the {@code
   * maxQueryTerms} stems with the highest tf·ln(N/df) (ties by stem), most similar first, ties by
   * identity. Candidates for paraphrase, which shares words but few fingerprints; their {@code
   * sharedFingerprints} is 0.
   *
   * @param stems stem → count in the essay
   * @param excludeIds identities never returned
   * @param topK most candidates returned
   */
  List<Candidate> similarByWords(
      Map<String, Integer> stems, Collection<String> excludeIds, int maxQueryTerms, int topK);

  /**
   * {@link #similarByWords} for each of {@code parts} (e.g. the parts of one essay), in order;
   * a backend may share work between them.
   */
  default List<List<Candidate>> similarByWords(
      List<Map<String, Integer>> parts, Collection<String> excludeIds, int maxQueryTerms, int topK) {
    List<List<Candidate>> out = new java.util.ArrayList<>(parts.size());
    for (Map<String, Integer> part : parts) {
      out.add(similarByWords(part, excludeIds, maxQueryTerms, topK));
    }
    return out;
  }

  /**
   * The template blocks of every site, counted over the whole index.
   *
   * @param minDocs fewest documents of a site a template block is in
   * @param minShare least share of the site's documents it is in
   */
  TemplateLibrary templates(int minDocs, double minShare);

  /** A stored essay holding a block, to show a template's text; null when none does. */
  @org.jspecify.annotations.Nullable
  StoredEssay withBlock(String site, long hash);

  /** Closes without committing: what was not committed is dropped or left to the backend. */
  @Override
  void close();
}
