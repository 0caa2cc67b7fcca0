package dev.overlap.index;

import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;
import dev.overlap.bench.RealText;
import dev.overlap.clean.BoilerplateCleaner;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One essay's stems into the index's stems field, essay after essay of 10,000 Europarl documents
 * (analysed beforehand), as an {@code index} run adds them: the counts made and inverted by
 * Lucene's term hash. {@code map}: a {@code HashMap} of the stems' strings, each hashed to its
 * term again; {@code counts}: {@link dev.overlap.analysis.StemCounts}, the hashes analysis worked
 * out once per distinct token. Run with {@code mvn -q test-compile exec:exec@jmh
 * -Djmh.args="StemsFieldBenchmark"} (README "Performance").
 */
public class StemsFieldBenchmark extends dev.overlap.jmh.Defaults {
  @Param({"map", "counts"})
  public String stems;

  private AnalyzedText[] texts;
  private int next;
  private IndexWriter writer;

  @Setup
  public void setUp() throws IOException {
    if (!java.nio.file.Files.exists(RealText.DEFAULT_JAR)) {
      throw new IllegalStateException("no Europarl text: " + RealText.HOW_TO_GET);
    }
    List<String> docs = RealText.split(RealText.load(RealText.DEFAULT_JAR, 100), 10_000, 20, 42).corpus();
    BoilerplateCleaner cleaner = new BoilerplateCleaner();
    TextAnalysis analysis = TextAnalysis.defaults();
    texts = docs.stream().limit(10_000).map(d -> analysis.analyze(cleaner.cleanText(d))).toArray(AnalyzedText[]::new);
  }

  /** A new writer per iteration, so that its term hash grows as in a run, not for good. */
  @Setup(Level.Iteration)
  public void newWriter() throws IOException {
    writer =
        new IndexWriter(
            new ByteBuffersDirectory(), new IndexWriterConfig(new KeywordAnalyzer()).setRAMBufferSizeMB(64));
  }

  @TearDown(Level.Iteration)
  public void closeWriter() throws IOException {
    writer.close();
  }

  @Benchmark
  public long addStems() throws IOException {
    AnalyzedText text = texts[next];
    next = (next + 1) % texts.length;
    Map<String, Integer> counts = stems.equals("counts") ? text.contentStemCounts() : text.contentStems();
    Document doc = new Document();
    doc.add(new Field(IndexSchema.STEMS, new StemTerms(counts), IndexSchema.STEMS_TYPE));
    return writer.addDocument(doc);
  }
}
