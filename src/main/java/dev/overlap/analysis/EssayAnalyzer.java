package dev.overlap.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
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

  /**
   * The chain's tokenizer alone: {@link TextAnalysis} applies {@link #normalize(char[], int)} to
   * its tokens itself, once per distinct token (it caches the result).
   */
  static Analyzer tokenizer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new StandardTokenizer());
      }
    };
  }

  /**
   * What the chain's filters make of one token of its tokenizer, {@code token[0, length)}: the
   * same calls {@link LowerCaseFilter} and {@link ASCIIFoldingFilter} make, in the same order.
   */
  static String normalize(char[] token, int length) {
    char[] lower = Arrays.copyOf(token, length);
    CharacterUtils.toLowerCase(lower, 0, length);
    for (int i = 0; i < length; i++) {
      if (lower[i] >= '\u0080') {
        char[] folded = new char[4 * length]; // the filter's bound: one character becomes at most 4
        int size = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, length);
        return new String(folded, 0, size);
      }
    }
    return new String(lower);
  }
}
