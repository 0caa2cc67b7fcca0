package dev.overlap.index;

import dev.overlap.analysis.StemCounts;
import dev.overlap.analysis.StemHash;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;

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
  private final StemCounts counts;
  private final BytesRef reused = new BytesRef(new byte[4]);
  private int position;

  /**
   * @param counts stem → occurrences, as {@link IndexedEssay#stems()} holds them: the hashes
   *     analysis worked out when they are {@link StemCounts}, else hashed here
   */
  StemTerms(Map<String, Integer> counts) {
    this.counts = StemCounts.of(counts);
  }

  /** The term of a stem in the stems field. */
  static BytesRef term(String stem) {
    BytesRef term = new BytesRef(new byte[4]);
    write(StemHash.of(stem), term);
    return term;
  }

  private static void write(int hash, BytesRef term) {
    term.bytes[0] = (byte) (hash >>> 24);
    term.bytes[1] = (byte) (hash >>> 16);
    term.bytes[2] = (byte) (hash >>> 8);
    term.bytes[3] = (byte) hash;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    position = 0;
  }

  @Override
  public boolean incrementToken() {
    if (position >= counts.size()) {
      return false;
    }
    clearAttributes();
    write(counts.hash(position), reused); // no stem's string is read; Lucene copies the bytes
    term.setBytesRef(reused);
    frequency.setTermFrequency(counts.count(position));
    position++;
    return true;
  }
}
