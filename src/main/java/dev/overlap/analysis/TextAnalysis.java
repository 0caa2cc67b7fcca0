package dev.overlap.analysis;

import dev.overlap.clean.Block;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.CleanedText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Runs {@link EssayAnalyzer}'s chain over the kept blocks of a cleaned text: its tokenizer, then
 * its filters and the stemmer once per distinct token text (a {@link TokenCache} shared by all
 * threads keeps the word and stem of each). Thread-safe: the tokenizer is reused per thread; the
 * stemmer is made per call.
 */
public final class TextAnalysis {
  private final Analyzer tokenizer = EssayAnalyzer.tokenizer();
  private final Set<BlockKind> scoredKinds;

  /** @param scoredKinds block kinds whose words count towards similarity */
  public TextAnalysis(Set<BlockKind> scoredKinds) {
    this.scoredKinds = Set.copyOf(scoredKinds);
  }

  /** Scores titles and essay text; references and quotations are analysed but not scored. */
  public static TextAnalysis defaults() {
    return new TextAnalysis(Set.of(BlockKind.TITLE, BlockKind.ESSAY));
  }

  public AnalyzedText analyze(CleanedText cleaned) {
    String text = cleaned.text();
    Builder out = new Builder(text);
    EnglishStemmer stemmer = new EnglishStemmer();
    for (Block block : cleaned.blocks()) {
      if (!block.kind().kept()) {
        continue;
      }
      boolean scored = scoredKinds.contains(block.kind());
      out.newSentence();
      try (TokenStream stream =
          tokenizer.tokenStream("text", new StringReader(text.substring(block.start(), block.end())))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          char[] token = term.buffer();
          int length = term.length();
          int entry = TOKENS.find(token, length);
          String word;
          String stem;
          long hash;
          int stemHash;
          if (entry >= 0) {
            word = TOKENS.word(entry);
            stem = TOKENS.stem(entry);
            hash = TOKENS.termHash(entry);
            stemHash = TOKENS.stemHash(entry);
          } else {
            word = EssayAnalyzer.normalize(token, length);
            stem = stem(stemmer, word);
            hash = TermHash.of(word);
            stemHash = stem.isEmpty() ? 0 : StemHash.of(stem);
            TOKENS.put(token, length, word, stem, hash, stemHash);
          }
          out.add(
              word,
              stem,
              hash,
              stemHash,
              block.start() + offset.startOffset(),
              block.start() + offset.endOffset(),
              scored);
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
      }
    }
    return out.build();
  }

  /** Analyses plain text as one scored block (tests, library use). */
  public AnalyzedText analyze(String text) {
    return analyze(
        new CleanedText(text, List.of(new Block(0, text.length(), BlockKind.ESSAY, "text"))));
  }

  /**
   * Words and stems of the token texts seen so far: English has few enough that a bounded cache
   * saves most of the work.
   */
  private static final TokenCache TOKENS = new TokenCache();

  /** The stem of a word of the chain; empty for a stop word. */
  private static String stem(EnglishStemmer stemmer, String word) {
    if (StopWords.contains(word)) {
      return "";
    }
    stemmer.setCurrent(word.replace("'", ""));
    stemmer.stem();
    String stem = stemmer.getCurrent();
    return stem.equals(word) ? word : stem; // one String where they agree (the cache keeps both)
  }

  private static final class Builder {
    private final String text;
    private final List<String> terms;
    private final List<String> stems;
    private int[] starts;
    private int[] ends;
    private boolean[] scored;
    private int[] sentences;
    private long[] hashes;
    private int[] stemHashes;
    private int sentence = -1;
    private boolean sentencePending = true;

    Builder(String text) {
      this.text = text;
      int expected = text.length() / 5 + 16; // words average 5+ chars with their spaces
      terms = new ArrayList<>(expected);
      stems = new ArrayList<>(expected);
      starts = new int[expected];
      ends = new int[expected];
      scored = new boolean[expected];
      sentences = new int[expected];
      hashes = new long[expected];
      stemHashes = new int[expected];
    }

    void newSentence() {
      sentencePending = true;
    }

    void add(
        String term, String stem, long hash, int stemHash, int start, int end, boolean isScored) {
      int n = terms.size();
      if (n == starts.length) {
        int size = n * 2;
        starts = java.util.Arrays.copyOf(starts, size);
        ends = java.util.Arrays.copyOf(ends, size);
        scored = java.util.Arrays.copyOf(scored, size);
        sentences = java.util.Arrays.copyOf(sentences, size);
        hashes = java.util.Arrays.copyOf(hashes, size);
        stemHashes = java.util.Arrays.copyOf(stemHashes, size);
      }
      if (sentencePending || (n > 0 && sentenceBreakBetween(ends[n - 1], start))) {
        sentence++;
        sentencePending = false;
      }
      terms.add(term);
      stems.add(stem);
      starts[n] = start;
      ends[n] = end;
      scored[n] = isScored;
      sentences[n] = sentence;
      hashes[n] = hash;
      stemHashes[n] = stemHash;
    }

    private boolean sentenceBreakBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ';') {
          return true;
        }
      }
      return false;
    }

    AnalyzedText build() {
      int n = terms.size();
      return new AnalyzedText(
          text,
          terms.toArray(String[]::new),
          stems.toArray(String[]::new),
          java.util.Arrays.copyOf(starts, n),
          java.util.Arrays.copyOf(ends, n),
          java.util.Arrays.copyOf(scored, n),
          java.util.Arrays.copyOf(sentences, n),
          java.util.Arrays.copyOf(hashes, n),
          java.util.Arrays.copyOf(stemHashes, n));
    }
  }
}
