package dev.overlap.eval;

import dev.overlap.config.OverlapConfig;

/** The configuration evaluations run with. */
public final class EvalConfig {
  /** Candidates aligned and sources listed per essay: enough for every evaluation corpus here. */
  public static final int ALL = 1000;

  private EvalConfig() {}

  /**
   * {@code base} with every candidate aligned and every source listed, so that a measure never
   * depends on a cut-off made for reading.
   */
  public static OverlapConfig of(OverlapConfig base) {
    return new OverlapConfig(
        base.fingerprints(),
        base.align(),
        ALL,
        base.paraphraseCandidates(),
        base.commonDocs(),
        base.commonShare(),
        base.templateMinDocs(),
        base.templateMinShare(),
        ALL,
        base.maxFileBytes(),
        base.commitEvery(),
        base.maxWords(),
        base.scoredKinds(),
        base.storeTexts(),
        base.chunkWords(),
        base.indexStems());
  }
}
