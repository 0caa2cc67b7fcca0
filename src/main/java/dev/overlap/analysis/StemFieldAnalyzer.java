package dev.overlap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;

/**
 * Indexes a field of stems that {@link TextAnalysis} already produced, separated by spaces, as
 * they are: the index then matches exactly what the aligner compares.
 */
public final class StemFieldAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new WhitespaceTokenizer());
  }
}
