package dev.overlap.fingerprint;

/**
 * A selected shingle hash.
 *
 * @param hash 64-bit hash of the shingle's words
 * @param word index of the shingle's first word
 */
public record Fingerprint(long hash, int word) {}
