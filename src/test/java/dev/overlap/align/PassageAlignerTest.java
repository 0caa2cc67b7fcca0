package dev.overlap.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageAlignerTest {
  private final TextAnalysis analysis = TextAnalysis.defaults();
  private final PassageAligner aligner = new PassageAligner(AlignSettings.DEFAULT);

  private static final String SOURCE =
      "Rivers shape the land over long periods. Meandering channels migrate across floodplains,"
          + " leaving oxbow lakes behind when a bend is cut off during a flood. Sediment carried"
          + " downstream settles where the current slows, building deltas at the coast. Farmers"
          + " have long prized these deposits because they renew the soil each season. Engineers,"
          + " by contrast, often try to fix rivers in place with levees and concrete banks.";

  private static final String UNRELATED =
      "Chess openings reward preparation. A player who knows the main lines of the Sicilian"
          + " defence can reach a complex middlegame with time on the clock. Endgames, however,"
          + " demand technique more than memory, and many club players neglect them entirely."
          + " Studying classic games teaches plans that no engine evaluation can explain.";

  private List<PassageMatch> align(String essay, String source) {
    return aligner.align(analysis.analyze(essay), analysis.analyze(source));
  }

  @Test
  void findsAVerbatimPassageWithExactOffsetsInBothTexts() {
    String copied =
        "Sediment carried downstream settles where the current slows, building deltas at the"
            + " coast. Farmers have long prized these deposits because they renew the soil each"
            + " season.";
    String essay = UNRELATED.substring(0, 120) + " " + copied + " My own closing words follow here.";

    List<PassageMatch> passages = align(essay, SOURCE);

    assertThat(passages).hasSize(1);
    PassageMatch match = passages.get(0);
    assertThat(match).extracting(PassageMatch::kind).as(match.toString()).isEqualTo(PassageKind.VERBATIM);
    assertThat(essay.substring(match.essayStart(), match.essayEnd())).isEqualTo(copied);
    assertThat(SOURCE.substring(match.sourceStart(), match.sourceEnd())).isEqualTo(copied);
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void bridgesLightEditsIntoOnePassage() {
    String edited =
        "Meandering channels move across floodplains, leaving oxbow lakes behind when a bend is"
            + " cut off in a flood. Sediment carried downstream settles wherever the current"
            + " slows, building large deltas at the coast.";
    String essay = "An introduction of my own. " + edited + " A conclusion of my own.";

    List<PassageMatch> passages = align(essay, SOURCE);

    assertThat(passages).hasSize(1);
    PassageMatch match = passages.get(0);
    assertThat(match.kind()).isEqualTo(PassageKind.EDITED);
    assertThat(essay.substring(match.essayStart(), match.essayEnd())).isEqualTo(edited);
    assertThat(SOURCE.substring(match.sourceStart(), match.sourceEnd()))
        .startsWith("Meandering channels migrate")
        .endsWith("deltas at the coast.");
  }

  @Test
  void keepsReorderedSentencesInOnePassage() {
    String reordered =
        "Farmers have long prized these deposits because they renew the soil each season."
            + " Sediment carried downstream settles where the current slows, building deltas at"
            + " the coast. Meandering channels migrate across floodplains, leaving oxbow lakes"
            + " behind when a bend is cut off during a flood.";

    List<PassageMatch> passages = align(reordered, SOURCE);

    assertThat(passages).hasSize(1);
    assertThat(passages.get(0).essayWords()).isEqualTo(analysis.analyze(reordered).size());
  }

  @Test
  void findsAParaphraseThroughSentenceSimilarity() {
    String paraphrase =
        "Over long periods rivers shape land. Across floodplains meandering channels migrate and"
            + " leave oxbow lakes when floods cut a bend off. Downstream sediment settles as the"
            + " current slows and deltas build at the coast.";

    List<PassageMatch> passages = align(paraphrase, SOURCE);

    assertThat(passages).isNotEmpty();
    assertThat(passages).extracting(PassageMatch::kind).contains(PassageKind.PARAPHRASE);
  }

  @Test
  void unrelatedTextsShareNoPassage() {
    assertThat(align(UNRELATED, SOURCE)).isEmpty();
    assertThat(align(SOURCE, UNRELATED)).isEmpty();
  }

  @Test
  void passagesShorterThanTheMinimumAreDropped() {
    String essay = "My text says that rivers shape the land over long periods and nothing else.";

    assertThat(align(essay, SOURCE)).isEmpty();
    assertThat(new PassageAligner(AlignSettings.DEFAULT.withMinWords(4))
            .align(analysis.analyze(essay), analysis.analyze(SOURCE)))
        .hasSize(1);
  }

  @Test
  void onePreparedEssayAlignsWithManySourcesAsAFreshOneWould() {
    String essay =
        UNRELATED
            + " Over long periods rivers shape land. Across floodplains meandering channels"
            + " migrate and leave oxbow lakes when floods cut a bend off. Sediment carried"
            + " downstream settles where the current slows, building deltas at the coast.";
    AnalyzedText words = analysis.analyze(essay);
    List<String> sources =
        List.of(SOURCE, UNRELATED, SOURCE.substring(0, 150), UNRELATED + " " + SOURCE, "", "Rivers.");
    PassageAligner.PreparedEssay prepared = aligner.prepare(words);

    for (String source : sources) {
      AnalyzedText sourceWords = analysis.analyze(source);
      PassageAligner.PreparedEssay fresh = aligner.prepare(analysis.analyze(essay));
      assertThat(aligner.align(prepared, sourceWords, StockPhrases.NONE))
          .as(source)
          .isEqualTo(aligner.align(fresh, sourceWords, StockPhrases.NONE));
    }
    AnalyzedText both = analysis.analyze(UNRELATED + " " + SOURCE);
    assertThat(aligner.align(prepared, both, StockPhrases.NONE)).isNotEmpty();
  }

  private static final String SITTING =
      "The debate is closed and the vote will take place tomorrow at twelve noon in the main"
          + " chamber of the Parliament building. Then the sitting was suspended for an hour.";

  /** Every fingerprint of {@code text} held by 9 documents: all its short runs are stock. */
  private StockPhrases allCommon(AnalyzedText text) {
    int[] positions = new int[text.size()];
    int[] documents = new int[text.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = i;
      documents[i] = 9;
    }
    return StockPhrases.of(text.size(), positions, documents, 5, 5);
  }

  @Test
  void shortRunsOfStockPhrasesAreNoEvidenceOfReuse() {
    // runs of 12 and 8 words around an edit: enough for an edited passage, unless both are stock
    AnalyzedText essay =
        analysis.analyze(
            "My first sentence is my own. The debate is closed and the vote will take place"
                + " tomorrow at ten in the morning in the main chamber of the Parliament building."
                + " My last sentence is my own too.");
    AnalyzedText source = analysis.analyze(SITTING);

    assertThat(aligner.align(essay, source, StockPhrases.NONE))
        .extracting(PassageMatch::kind)
        .containsExactly(PassageKind.EDITED);
    assertThat(aligner.align(essay, source, allCommon(essay))).isEmpty();
  }

  @Test
  void aStockPhraseCopiedAtLengthIsStillReported() {
    // one run of minWords or more is evidence however common its pieces are
    AnalyzedText essay =
        analysis.analyze(
            "My first sentence is my own. The debate is closed and the vote will take place"
                + " tomorrow at twelve noon in the main chamber of the Parliament building."
                + " My last sentence is my own too.");

    assertThat(aligner.align(essay, analysis.analyze(SITTING), allCommon(essay)))
        .extracting(PassageMatch::kind)
        .containsExactly(PassageKind.VERBATIM);
  }

  /** One sentence that says what SOURCE's fourth says, sharing no run of more than 3 words. */
  private static final String RESTATED =
      "For a long time farmers have prized such deposits, since every season they renew the soil"
          + " of their fields.";

  private static final String OWN =
      "Chess openings reward preparation. Endgames, however, demand technique more than memory.";

  @Test
  void aLoneShortParaphraseIsNotReported() {
    AnalyzedText essay = analysis.analyze(OWN + " " + RESTATED + " " + UNRELATED);
    AnalyzedText source = analysis.analyze(SOURCE);
    PassageAligner reportsAll =
        new PassageAligner(AlignSettings.DEFAULT.withMinParaphraseWords(0));

    List<PassageMatch> all = reportsAll.align(essay, source);
    assertThat(all).extracting(PassageMatch::kind).containsExactly(PassageKind.PARAPHRASE);
    assertThat(all.get(0).essayWords())
        .isBetween(AlignSettings.DEFAULT.minWords(), AlignSettings.DEFAULT_MIN_PARAPHRASE_WORDS - 1);
    assertThat(aligner.align(essay, source)).isEmpty();
    assertThat(
            new PassageAligner(AlignSettings.DEFAULT.withMinParaphraseWords(all.get(0).essayWords()))
                .align(essay, source))
        .isEqualTo(all);
  }

  @Test
  void aShortParaphraseBesideCopiedTextIsReported() {
    // the copied sentence is evidence of reuse from this source, so the restated one counts too
    String copied =
        "Meandering channels migrate across floodplains, leaving oxbow lakes behind when a bend is"
            + " cut off during a flood.";
    AnalyzedText essay = analysis.analyze(copied + " " + UNRELATED + " " + RESTATED);

    assertThat(aligner.align(essay, analysis.analyze(SOURCE)))
        .extracting(PassageMatch::kind)
        .containsExactly(PassageKind.VERBATIM, PassageKind.PARAPHRASE);
  }
}
