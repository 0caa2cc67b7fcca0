package dev.overlap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.clean.Block;
import dev.overlap.clean.BlockKind;
import dev.overlap.clean.CleanedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private final TextAnalysis analysis = TextAnalysis.defaults();

  @Test
  void wordsAreLowerCasedFoldedAndKeepTheirOffsets() {
    String text = "The Café’s  Résumé — Dvořák wrote “Rusalka” in 1900.";
    AnalyzedText words = analysis.analyze(text);

    assertThat(words.terms())
        .containsExactly("the", "cafe's", "resume", "dvorak", "wrote", "rusalka", "in", "1900");
    assertThat(words.starts()).containsExactly(0, 4, 12, 21, 28, 35, 44, 47);
    assertThat(words.ends()).containsExactly(3, 10, 18, 27, 33, 42, 46, 51);
    for (int i = 0; i < words.size(); i++) {
      String original = text.substring(words.starts()[i], words.ends()[i]);
      assertThat(original.length()).isEqualTo(words.terms()[i].length());
    }
  }

  @Test
  void offsetsCountUtf16UnitsAroundCharactersOutsideTheBmp() {
    String text = "𝒜 rare glyph precedes words";
    AnalyzedText words = analysis.analyze(text);

    int rare = java.util.Arrays.asList(words.terms()).indexOf("rare");
    assertThat(words.starts()[rare]).isEqualTo(3);
    assertThat(text.substring(words.starts()[rare], words.ends()[rare])).isEqualTo("rare");
  }

  @Test
  void stemsDropStopWordsAndConflateInflections() {
    AnalyzedText words = analysis.analyze("The rivers were flooding the valleys");

    assertThat(words.stems()).containsExactly("", "river", "", "flood", "", "valley");
  }

  @Test
  void sentencesBreakAtFinalPunctuationAndLineBreaks() {
    AnalyzedText words = analysis.analyze("One two. Three four!\nFive six");

    assertThat(words.sentences()).containsExactly(0, 0, 1, 1, 2, 2);
  }

  @Test
  void onlyKeptBlocksAreAnalysedAndOnlyScoredKindsCount() {
    String text = "Title here\nOrder now cheap\nBody text words\nSmith (2001) Book";
    CleanedText cleaned =
        new CleanedText(
            text,
            List.of(
                new Block(0, 10, BlockKind.TITLE, "t"),
                new Block(11, 26, BlockKind.BOILERPLATE, "cta"),
                new Block(27, 42, BlockKind.ESSAY, "text"),
                new Block(43, 60, BlockKind.REFERENCES, "refs")));

    AnalyzedText words = analysis.analyze(cleaned);

    assertThat(words.terms())
        .containsExactly("title", "here", "body", "text", "words", "smith", "2001", "book");
    assertThat(words.scored())
        .containsExactly(true, true, true, true, true, false, false, false);
    assertThat(words.scoredWords()).isEqualTo(5);
  }

  /** The words and offsets of {@link EssayAnalyzer}'s whole chain, token by token. */
  private static List<String> chain(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (EssayAnalyzer analyzer = new EssayAnalyzer();
        TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      stream.end();
    }
    return out;
  }

  private List<String> analysed(String text) {
    AnalyzedText words = analysis.analyze(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      assertThat(words.termHashes()[i]).as(words.terms()[i]).isEqualTo(TermHash.of(words.terms()[i]));
      out.add(words.terms()[i] + "@" + words.starts()[i] + "-" + words.ends()[i]);
    }
    return out;
  }

  @Test
  void cachedTokensGiveWhatTheAnalyzersFiltersGiveWhicheverFormCameFirst() throws IOException {
    // Each token text is worked out once and cached (ASCII capitals sharing the entry of small
    // letters): whichever form comes first, every later form must read as the chain reads it.
    for (String text :
        List.of(
            "The THE the tHe", "ÉCOLE École école Ecole", "Straße STRASSE straße",
            "\u212Aelvin Kelvin kelvin", "İstanbul istanbul ISTANBUL", "ǅemal ǄEMAL ǆemal",
            "Œuvre œuvre OEUVRE", "Don’t DON'T don't", "ﬁnancial FINANCIAL financial",
            "𝐀𝐁𝐂 𝒜rare", "ΣΟΦΙΑ σοφια Σοφία",
            // tokens too long to cache, one cut by the tokenizer at 255 characters
            "Abc".repeat(20) + " " + "abc".repeat(20) + " " + "Été".repeat(100))) {
      assertThat(analysed(text)).as(text).isEqualTo(chain(text));
      assertThat(analysed(text)).as(text + ", cached").isEqualTo(chain(text));
    }
  }

  @Property(tries = 500)
  void anyTextReadsAsTheAnalyzersChainReadsIt(@ForAll("texts") String text) throws IOException {
    assertThat(analysed(text)).isEqualTo(chain(text));
    assertThat(analysed(text)).isEqualTo(chain(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // ASCII letters of both cases, accented and other-script capitals and small letters,
    // ligatures, apostrophes, digits, spaces and a character outside the BMP.
    return Arbitraries.strings()
        .withChars("aAbBeEiIkKsStTzZ019 '’-.")
        .withChars("éÉöÖßẞİıǅǄǆŒœﬁΣσςЖж\u212A\u0130")
        .withChars("\uD835\uDC00")
        .ofMinLength(0)
        .ofMaxLength(60);
  }
}
