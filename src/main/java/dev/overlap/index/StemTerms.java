package dev.overlap.index;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The stems field of one essay as Lucene inverts it: each distinct stem once, as a 4-byte hash of
 * its UTF-8 bytes, with its count as the term frequency. Lucene adds a custom frequency to the
 * field's length, so the postings, frequencies and length norms, and with them BM25, are those of
 * the stems one by one. A hash instead of the stem: the stems' terms dictionary was half the size
 * of the 2.0 MB it took for 177,000 distinct stems at 10,000 documents (Europarl mixes
 * languages). Two stems share a hash with odds of 1 in 4·10^9 a pair: ~4 of 177,000 stems, whose
 * document frequencies then add up.
 */
final class StemTerms extends TokenStream {
  private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
  private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
  private final Map<String, Integer> counts;
  private Iterator<Map.Entry<String, Integer>> next;

  /** @param counts stem → occurrences, as {@link IndexedEssay#stems()} holds them */
  StemTerms(Map<String, Integer> counts) {
    this.counts = counts;
  }

  /** The term of a stem in the stems field. */
  static BytesRef term(String stem) {
    byte[] utf8 = stem.getBytes(StandardCharsets.UTF_8);
    int hash = StringHelper.murmurhash3_x86_32(utf8, 0, utf8.length, 0x5eed);
    return new BytesRef(
        new byte[] {(byte) (hash >>> 24), (byte) (hash >>> 16), (byte) (hash >>> 8), (byte) hash});
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = counts.entrySet().iterator();
  }

  @Override
  public boolean incrementToken() {
    if (next == null || !next.hasNext()) {
      return false;
    }
    clearAttributes();
    Map.Entry<String, Integer> stem = next.next();
    term.setBytesRef(term(stem.getKey()));
    frequency.setTermFrequency(stem.getValue());
    return true;
  }
}
