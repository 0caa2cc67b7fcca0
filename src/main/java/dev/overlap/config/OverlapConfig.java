package dev.overlap.config;

import dev.overlap.align.AlignSettings;
import dev.overlap.fingerprint.FingerprintSettings;
import dev.overlap.ingest.EssayReader;

/**
 * Every setting of a run.
 *
 * @param fingerprints shingle size and winnowing window (stored in the index)
 * @param align passage alignment thresholds
 * @param maxCandidates most indexed documents aligned per checked essay (by shared fingerprints)
 * @param paraphraseCandidates further documents aligned because their content words are most
 *     like the essay's (BM25), to find paraphrase that shares no fingerprint; 0 turns it off
 * @param commonDocs a fingerprint in more than max(commonDocs, commonShare × documents) documents
 *     is a template or stock phrase and is not used to find candidates
 * @param commonShare see {@code commonDocs}
 * @param templateMinDocs a block in at least this many documents of a site, and in
 *     {@code templateMinShare} of them, is a site template: never scored
 * @param templateMinShare see {@code templateMinDocs}
 * @param topSources most sources listed per essay
 * @param maxFileBytes largest file read
 * @param commitEvery documents indexed between commits (a killed run loses at most these)
 * @param maxWords most words of an essay; longer ones are refused
 * @param scoredKinds block kinds whose words count towards similarity (references and
 *     quotations are read but not scored unless added here)
 * @param chunkWords when above 0, the checked essay is also cut into parts of this many content
 *     words, and each part's most similar document (BM25 over its rarest stems) is aligned too:
 *     finds a paraphrased passage whose words are too few to count in the whole essay's query
 * @param storeTexts whether {@code index} keeps every essay's text; when false, texts that can be
 *     read back cheaply (text and Markdown files) are referenced by path and content hash
 * @param indexStems whether {@code index} keeps each essay's content-word stems, which {@code
 *     paraphraseCandidates} and {@code chunkWords} search (stored in the index)
 */
public record OverlapConfig(
    FingerprintSettings fingerprints,
    AlignSettings align,
    int maxCandidates,
    int paraphraseCandidates,
    int commonDocs,
    double commonShare,
    int templateMinDocs,
    double templateMinShare,
    int topSources,
    long maxFileBytes,
    int commitEvery,
    int maxWords,
    java.util.Set<dev.overlap.clean.BlockKind> scoredKinds,
    boolean storeTexts,
    int chunkWords,
    boolean indexStems) {

  public static final OverlapConfig DEFAULT =
      new OverlapConfig(
          FingerprintSettings.DEFAULT,
          AlignSettings.DEFAULT,
          50,
          5,
          50,
          0.005,
          3,
          0.5,
          10,
          EssayReader.DEFAULT_MAX_BYTES,
          10_000,
          1_000_000,
          java.util.Set.of(dev.overlap.clean.BlockKind.TITLE, dev.overlap.clean.BlockKind.ESSAY),
          true,
          0,
          true);

  public OverlapConfig {
    if (maxCandidates < 1) {
      throw new IllegalArgumentException("maxCandidates must be at least 1, got " + maxCandidates);
    }
    if (paraphraseCandidates < 0) {
      throw new IllegalArgumentException(
          "paraphraseCandidates must not be negative, got " + paraphraseCandidates);
    }
    if (commonDocs < 1) {
      throw new IllegalArgumentException("commonDocs must be at least 1, got " + commonDocs);
    }
    if (commonShare <= 0 || commonShare > 1) {
      throw new IllegalArgumentException("commonShare must be in (0, 1], got " + commonShare);
    }
    if (templateMinDocs < 2) {
      throw new IllegalArgumentException("templateMinDocs must be at least 2, got " + templateMinDocs);
    }
    if (templateMinShare <= 0 || templateMinShare > 1) {
      throw new IllegalArgumentException("templateMinShare must be in (0, 1], got " + templateMinShare);
    }
    if (topSources < 1) {
      throw new IllegalArgumentException("topSources must be at least 1, got " + topSources);
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
    scoredKinds = java.util.Set.copyOf(scoredKinds);
    for (dev.overlap.clean.BlockKind kind : scoredKinds) {
      if (!kind.kept()) {
        throw new IllegalArgumentException(kind + " blocks are removed and cannot be scored");
      }
    }
    if (maxWords < 1) {
      throw new IllegalArgumentException("maxWords must be at least 1, got " + maxWords);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, got " + commitEvery);
    }
    if (chunkWords < 0) {
      throw new IllegalArgumentException("chunkWords must not be negative, got " + chunkWords);
    }
  }

  /** Most documents a fingerprint may occur in and still find candidates, for an index of n. */
  public int maxDocFrequency(int documents) {
    return Math.max(commonDocs, (int) Math.ceil(commonShare * documents));
  }

  public OverlapConfig withFingerprints(FingerprintSettings value) {
    return new OverlapConfig(
        value, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare, templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withAlign(AlignSettings value) {
    return new OverlapConfig(
        fingerprints, value, maxCandidates, paraphraseCandidates, commonDocs, commonShare, templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withTopSources(int value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare, templateMinDocs, templateMinShare, value, maxFileBytes, commitEvery, maxWords, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withMaxFileBytes(long value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare, templateMinDocs, templateMinShare, topSources, value, commitEvery, maxWords, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withScoredKinds(java.util.Set<dev.overlap.clean.BlockKind> value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare,
        templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords, value, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withMaxWords(int value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare,
        templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, value, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withCommitEvery(int value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare, templateMinDocs, templateMinShare, topSources, maxFileBytes, value, maxWords, scoredKinds, storeTexts, chunkWords, indexStems);
  }

  public OverlapConfig withStoreTexts(boolean value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare,
        templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords,
        scoredKinds, value, chunkWords, indexStems);
  }

  public OverlapConfig withChunkWords(int value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare,
        templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords,
        scoredKinds, storeTexts, value, indexStems);
  }

  public OverlapConfig withIndexStems(boolean value) {
    return new OverlapConfig(
        fingerprints, align, maxCandidates, paraphraseCandidates, commonDocs, commonShare,
        templateMinDocs, templateMinShare, topSources, maxFileBytes, commitEvery, maxWords,
        scoredKinds, storeTexts, chunkWords, value);
  }
}
