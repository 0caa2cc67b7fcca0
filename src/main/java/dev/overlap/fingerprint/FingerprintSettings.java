package dev.overlap.fingerprint;

/**
 * Shingle size and winnowing window.
 *
 * @param shingleSize words per shingle (k)
 * @param window shingles per winnowing window (w); every shared run of k+w−1 words is found
 */
public record FingerprintSettings(int shingleSize, int window) {
  public static final FingerprintSettings DEFAULT = new FingerprintSettings(5, 4);

  public FingerprintSettings {
    if (shingleSize < 1 || shingleSize > 16) {
      throw new IllegalArgumentException("shingle size must be 1..16 words, got " + shingleSize);
    }
    if (window < 1 || window > 64) {
      throw new IllegalArgumentException("winnowing window must be 1..64 shingles, got " + window);
    }
  }

  /** Length in words of the shortest shared run that is guaranteed to be found. */
  public int guaranteedRun() {
    return shingleSize + window - 1;
  }
}
