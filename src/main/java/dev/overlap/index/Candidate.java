package dev.overlap.index;

/**
 * A document that shares fingerprints with the essay being checked.
 *
 * @param essay the stored document
 * @param sharedFingerprints distinct fingerprints in common (after the commonness cut)
 */
public record Candidate(StoredEssay essay, int sharedFingerprints) {}
