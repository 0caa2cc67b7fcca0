package dev.overlap.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class StemTermsTest {
  private static final List<String> ESSAYS =
      List.of(
          "river delta silt flood river river bank",
          "delta delta delta",
          "chess open endgam chess",
          "river silt",
          "flood plain farm farm farm farm silt river delta");

  /** Each occurrence of a stem as its own token, as an analyzer would give them. */
  private static final class OneByOne extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final String[] stems;
    private int next;

    OneByOne(String stems) {
      this.stems = stems.split(" ");
    }

    @Override
    public boolean incrementToken() {
      if (next == stems.length) {
        return false;
      }
      clearAttributes();
      term.setBytesRef(StemTerms.term(stems[next++]));
      return true;
    }
  }

  private static Directory index(boolean counted) throws Exception {
    return index(counted ? Source.MAP : Source.ONE_BY_ONE, ESSAYS);
  }

  /** How the stems reach the index: one token each, a map of counts, analysis's counts. */
  private enum Source {
    ONE_BY_ONE,
    MAP,
    ANALYSED
  }

  private static Directory index(Source source, List<String> essays) throws Exception {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
      for (String stems : essays) {
        Document doc = new Document();
        TokenStream tokens =
            switch (source) {
              case ONE_BY_ONE -> new OneByOne(stems);
              case MAP -> new StemTerms(IndexedEssay.counts(stems));
              case ANALYSED ->
                  new StemTerms(
                      dev.overlap.analysis.TextAnalysis.defaults().analyze(stems).contentStemCounts());
            };
        doc.add(new Field(IndexSchema.STEMS, tokens, IndexSchema.STEMS_TYPE));
        writer.addDocument(doc);
      }
    }
    return directory;
  }

  private static List<String> search(Directory directory, String... stems) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      for (String stem : stems) {
        query.add(new TermQuery(new Term(IndexSchema.STEMS, StemTerms.term(stem))), BooleanClause.Occur.SHOULD);
      }
      List<String> hits = new ArrayList<>();
      for (ScoreDoc hit : new IndexSearcher(reader).search(query.build(), 10).scoreDocs) {
        hits.add(hit.doc + ":" + hit.score);
      }
      Term river = new Term(IndexSchema.STEMS, StemTerms.term("river"));
      hits.add("df " + reader.docFreq(river) + " ttf " + reader.totalTermFreq(river));
      return hits;
    }
  }

  @Test
  void eachStemOnceWithItsCountScoresAsEveryOccurrenceDoes() throws Exception {
    try (Directory counted = index(true);
        Directory oneByOne = index(false)) {
      List<String> expected = search(oneByOne, "river", "delta", "farm");

      assertThat(search(counted, "river", "delta", "farm")).isEqualTo(expected);
      assertThat(expected).hasSize(5).last().isEqualTo("df 3 ttf 5");
      assertThat(search(counted, "chess", "silt")).isEqualTo(search(oneByOne, "chess", "silt"));
    }
  }

  /**
   * The counts analysis hands the index (each stem with its hash, worked out once per distinct
   * token) index as the stems one by one do.
   */
  @Test
  void analysisCountsIndexAsTheStemsOneByOne() throws Exception {
    List<String> texts =
        List.of(
            "The rivers flooded the delta, and the river's silt stayed in the delta.",
            "Chess openings; endgames. CHESS!",
            "Farms, farming and farmers: the farm of the plain.",
            "Ελληνικά κείμενα και Ελληνικά");
    List<String> stems = new ArrayList<>();
    for (String text : texts) {
      dev.overlap.analysis.AnalyzedText words = dev.overlap.analysis.TextAnalysis.defaults().analyze(text);
      List<String> each = new ArrayList<>();
      for (String stem : words.stems()) {
        if (!stem.isEmpty()) {
          each.add(stem);
        }
      }
      stems.add(String.join(" ", each));
    }
    try (Directory analysed = index(Source.ANALYSED, texts);
        Directory oneByOne = index(Source.ONE_BY_ONE, stems)) {
      for (String query : String.join(" ", stems).split(" ")) {
        assertThat(search(analysed, query)).as(query).isEqualTo(search(oneByOne, query));
      }
      assertThat(search(analysed, "river", "delta", "farm", "chess"))
          .isEqualTo(search(oneByOne, "river", "delta", "farm", "chess"))
          .hasSizeGreaterThan(3);
    }
  }

  @Test
  void aStemIsFourBytesTheSameEachTime() {
    assertThat(StemTerms.term("river").length).isEqualTo(4);
    assertThat(StemTerms.term("river")).isEqualTo(StemTerms.term("river"));
    assertThat(StemTerms.term("river")).isNotEqualTo(StemTerms.term("rivers"));
  }
}
