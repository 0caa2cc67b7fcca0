package dev.overlap.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The word chain every stage shares: Unicode word boundaries (UAX#29), lower case, then folding of
 * accents, curly quotes and dashes to their ASCII forms, so that "Dvořák’s" and "dvorak's" match.
 * Offsets point into the text given.
 *
 * <pre>
 * "The Café’s  Résumé"  →  [the 0-3] [cafe's 4-10] [resume 12-18]
 * </pre>
 */
public final class EssayAnalyzer extends Analyzer {
  /** Names the chain below; stored in the index so that a changed chain forces a rebuild. */
  public static final String NORMALIZATION = "uax29-lowercase-asciifold-v1";

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer words = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(words);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(words, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
