package dev.overlap.analysis;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.StringHelper;

/**
 * The 32-bit hash of a stem that the index's stems field holds as its term (murmur3 of the stem's
 * UTF-8 bytes): stable across runs and machines, since it is stored. {@link TextAnalysis} computes
 * it once per distinct token and gives it with each word ({@link AnalyzedText#stemHashes}).
 */
public final class StemHash {
  private StemHash() {}

  private static final int SEED = 0x5eed;

  public static int of(String stem) {
    byte[] utf8 = stem.getBytes(StandardCharsets.UTF_8);
    return StringHelper.murmurhash3_x86_32(utf8, 0, utf8.length, SEED);
  }
}
