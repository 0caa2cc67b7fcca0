package dev.overlap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;

/** Fuzzes {@link TextAnalysis#analyze(String)}: word offsets inside the text, in order. */
class AnalyzerFuzzTest {
  private static final TextAnalysis ANALYSIS = TextAnalysis.defaults();

  @FuzzTest(maxDuration = "15s")
  void analyze(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    AnalyzedText analyzed = ANALYSIS.analyze(text);
    assertThat(analyzed.text()).isEqualTo(text);
    int previousStart = 0;
    int previousSentence = 0;
    for (int i = 0; i < analyzed.size(); i++) {
      int start = analyzed.starts()[i];
      int end = analyzed.ends()[i];
      assertThat(start).as("start of word %d", i).isGreaterThanOrEqualTo(previousStart);
      assertThat(start).as("start < end of word %d", i).isLessThan(end);
      assertThat(end).as("end of word %d", i).isLessThanOrEqualTo(text.length());
      assertThat(analyzed.sentences()[i]).isGreaterThanOrEqualTo(previousSentence);
      previousStart = start;
      previousSentence = analyzed.sentences()[i];
    }
  }
}
