package dev.overlap.bench;

import dev.overlap.Overlap;
import dev.overlap.Progress;
import dev.overlap.config.OverlapConfig;
import dev.overlap.eval.planted.Obfuscation;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.IndexSummary;
import dev.overlap.index.PlainLuceneBaseline;
import dev.overlap.ingest.RefusedInputException;
import dev.overlap.report.CheckReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * How index and check time grow with corpus size. For each size: write that many real documents as
 * files, index them, then check essays made of unseen text with passages planted from indexed
 * documents; report index throughput, check latency (warm, in-process) and planted-passage recall.
 *
 * <p>Every size's files are written before the first run, and the texts are then let go: held in
 * the heap through the runs (116 MB for 100,000 documents), they made the garbage collector mark
 * them again and again, which under a 512 MB heap cost overlap's indexing 12–20% of its time
 * (plain Lucene's runs sped up too once they were gone; neither indexer holds its input in a real
 * run).
 */
public final class ScalingBench {
  /** What one corpus size measured. */
  public record Row(
      int documents,
      double corpusMegabytes,
      double indexSeconds,
      double indexMegabytesPerSecond,
      double indexDocumentsPerSecond,
      double luceneMegabytesPerSecond,
      double luceneRatio,
      double indexToRawText,
      int essayWords,
      double checkP50Millis,
      double checkP95Millis,
      double checkP99Millis,
      double checkMeanMillis,
      double checkCpuP50Millis,
      double recall,
      double recallLight,
      double recallHeavy,
      double heapPeakMegabytes,
      double heapLiveMegabytes,
      double cliColdMillis,
      double cliColdCdsMillis) {}

  private final Overlap overlap;
  /** The texts to index, until {@link #run} has written them to files; then null. */
  private List<String> documents;

  private final List<String> unseen;
  private final int queries;
  private final List<Integer> essayLengths;
  private final long seed;
  private final int threads;
  private final Path cliJar;
  private final int indexRuns;

  /**
   * @param essayLengths words of the checked essays; each length is one row per corpus size
   * @param threads indexing threads (overlap's and plain Lucene's alike)
   * @param cliJar the overlap jar, to time a whole cold {@code check} call; null to skip that
   * @param config the settings indexing and checking run with (e.g. texts stored or referenced)
   * @param indexRuns how many times each corpus is indexed by plain Lucene and by overlap, in
   *     turn: times are the medians, the ratio the median of each pair's ratio (a pair runs under
   *     about the same load, which a shared machine's drift moves by ±15% between runs)
   */
  public ScalingBench(
      OverlapConfig config,
      List<String> documents,
      List<String> unseen,
      int queries,
      List<Integer> essayLengths,
      long seed,
      int threads,
      Path cliJar,
      int indexRuns) {
    if (indexRuns < 1) {
      throw new IllegalArgumentException("index runs must be at least 1, got " + indexRuns);
    }
    this.indexRuns = indexRuns;
    this.documents = documents;
    this.unseen = List.copyOf(unseen); // not a view that would keep every text reachable
    this.queries = queries;
    this.essayLengths = essayLengths;
    this.seed = seed;
    this.threads = threads;
    this.cliJar = cliJar;
    this.overlap = new Overlap(config);
  }

  /** Runs the bench once; its texts are on disk from then on (see the class comment). */
  public List<Row> run(List<Integer> sizes, Path work, PrintWriter log) throws IOException {
    if (documents == null) {
      throw new IllegalStateException("a ScalingBench runs once");
    }
    int span = unseenPerEssay(essayLengths.stream().mapToInt(Integer::intValue).max().orElse(0));
    for (int size : sizes) {
      if (size > documents.size() || queries * span > unseen.size()) {
        throw new IllegalArgumentException(
            "size " + size + " and " + queries + " essays need " + size + " documents and "
                + queries * span + " unseen ones; the text has " + documents.size() + " and "
                + unseen.size());
      }
    }
    log.printf(Locale.ROOT, "writing the corpora's files...%n");
    log.flush();
    Path warmUp = work.resolve("warm-up");
    Corpus warmUpCorpus = write(Math.min(1000, documents.size()), warmUp);
    List<Corpus> corpora = new ArrayList<>();
    for (int size : sizes) {
      corpora.add(write(size, work.resolve("size-" + size)));
    }
    documents = null;
    log.printf(Locale.ROOT, "warming up (a 1,000-document run, not reported)...%n");
    log.flush();
    measure(warmUpCorpus, warmUp, log);
    deleteTree(warmUp);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sizes.size(); i++) {
      rows.addAll(measure(corpora.get(i), work.resolve("size-" + sizes.get(i)), log));
    }
    return rows;
  }

  /** The files of one corpus size, in document order, and their bytes. */
  private record Corpus(Path folder, List<Path> files, long bytes) {}

  private Corpus write(int size, Path dir) throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    long bytes = 0;
    List<Path> files = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      byte[] text = documents.get(i).getBytes(StandardCharsets.UTF_8);
      bytes += text.length;
      Path file = corpus.resolve(String.format(Locale.ROOT, "doc%06d.txt", i));
      Files.write(file, text);
      files.add(file);
    }
    return new Corpus(corpus, List.copyOf(files), bytes);
  }

  private List<Row> measure(Corpus written, Path dir, PrintWriter log) throws IOException {
    try (HeapPeak heap = new HeapPeak()) { // from the size's first indexing to its last check
      return measure(written, dir, heap, log);
    }
  }

  private List<Row> measure(Corpus written, Path dir, HeapPeak heap, PrintWriter log)
      throws IOException {
    Path indexPath = dir.resolve("index");
    int size = written.files().size();
    Path corpus = written.folder();
    List<Path> files = written.files();
    long bytes = written.bytes();
    double[] luceneRuns = new double[indexRuns];
    double[] overlapRuns = new double[indexRuns];
    double[] ratios = new double[indexRuns];
    List<Map<String, Double>> luceneCpu = new ArrayList<>();
    List<Map<String, Double>> overlapCpu = new ArrayList<>();
    for (int run = 0; run < indexRuns; run++) {
      String which = indexRuns == 1 ? "" : String.format(Locale.ROOT, " (run %d of %d)", run + 1, indexRuns);
      log.printf(Locale.ROOT, "size %d: plain Lucene indexing %.1f MB%s...%n", size, bytes / 1e6, which);
      log.flush();
      long luceneStarted = System.nanoTime();
      try (ThreadCpu cpu = new ThreadCpu()) {
        PlainLuceneBaseline.index(files, dir.resolve("lucene"), threads);
        luceneCpu.add(cpu.spent());
      }
      luceneRuns[run] = (System.nanoTime() - luceneStarted) / 1e9;
      deleteTree(dir.resolve("lucene"));
      log.printf(Locale.ROOT, "size %d: overlap indexing%s...%n", size, which);
      log.flush();
      try (ThreadCpu cpu = new ThreadCpu()) {
        IndexSummary summary =
            overlap.index(indexPath, List.of(corpus.toString()), true, false, threads, Progress.NONE);
        overlapRuns[run] = summary.seconds();
        overlapCpu.add(cpu.spent());
      } catch (RefusedInputException e) {
        throw new IOException(e.getMessage(), e);
      }
      ratios[run] = luceneRuns[run] / overlapRuns[run];
    }
    log.printf(
        Locale.ROOT,
        "size %d: CPU seconds, median of %d runs: plain Lucene %.1f; overlap %.1f = its workers %.1f"
            + " + Lucene's merges %.1f + other Java threads (committing; this sampling) %.1f + the JVM's own"
            + " (JIT, GC) %.1f (by its counts, %.1f s compiling and %.1f s collecting)%n",
        size, indexRuns, medianOf(luceneCpu, "total"), medianOf(overlapCpu, "total"),
        medianOf(overlapCpu, ThreadCpu.WORKERS), medianOf(overlapCpu, ThreadCpu.MERGES),
        medianOf(overlapCpu, ThreadCpu.OTHER), medianOf(overlapCpu, ThreadCpu.JVM),
        medianOf(overlapCpu, ThreadCpu.JIT), medianOf(overlapCpu, ThreadCpu.GC));
    if (indexRuns > 1) {
      // The median hides how far a shared machine moves the pairs apart: show each.
      StringBuilder each = new StringBuilder();
      for (double ratio : ratios) {
        each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.2fx", ratio));
      }
      log.printf(Locale.ROOT, "size %d: overlap's throughput over plain Lucene's, run by run: %s%n", size, each);
    }
    log.flush();
    double luceneSeconds = median(luceneRuns);
    double indexSeconds = median(overlapRuns);
    double luceneRatio = median(ratios);
    double indexBytes = folderBytes(indexPath);
    List<Row> rows = new ArrayList<>();
    try (EssayIndex index = overlap.openForChecking(indexPath)) {
      for (int essayWords : essayLengths) {
        log.printf(Locale.ROOT, "size %d: checking %d essays of %d words...%n", size, queries, essayWords);
        log.flush();
        Checks checks = checks(index, dir.resolve("essays-" + essayWords), files, essayWords);
        double cold =
            cliJar == null ? Double.NaN : coldCheckMillis(indexPath, checks.firstEssay(), null);
        double coldCds =
            cliJar == null
                ? Double.NaN
                : coldCheckMillis(indexPath, checks.firstEssay(), dir.resolve("overlap.jsa"));
        rows.add(
            new Row(
                size,
                bytes / 1e6,
                indexSeconds,
                bytes / 1e6 / indexSeconds,
                size / indexSeconds,
                bytes / 1e6 / luceneSeconds,
                luceneRatio,
                indexBytes / bytes,
                essayWords,
                percentile(checks.millis(), 0.50),
                percentile(checks.millis(), 0.95),
                percentile(checks.millis(), 0.99),
                Arrays.stream(checks.millis()).average().orElse(0),
                percentile(checks.cpuMillis(), 0.50),
                checks.recall()[0],
                checks.recall()[1],
                checks.recall()[2],
                heap.megabytes(),
                liveHeapMegabytes(),
                cold,
                coldCds));
      }
    }
    deleteTree(corpus);
    return rows;
  }

  /** The planted passages' disguises, in turn: one essay in three each. */
  static final Obfuscation[] KINDS = {Obfuscation.NONE, Obfuscation.LIGHT, Obfuscation.HEAVY};

  /** @param recall share of the essays whose planted source is reported, by {@link #KINDS} */
  private record Checks(double[] millis, double[] cpuMillis, double[] recall, Path firstEssay) {}

  /** Checks {@code queries} essays twice (the first round warms up), timing the second. */
  private Checks checks(EssayIndex index, Path dir, List<Path> corpus, int essayWords)
      throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> essays = new ArrayList<>();
    List<Integer> plantedSources = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      int source = random.nextInt(corpus.size());
      essays.add(
          writeEssay(
              dir,
              q,
              q * unseenPerEssay(essayWords),
              Files.readString(corpus.get(source), StandardCharsets.UTF_8),
              essayWords,
              KINDS[q % KINDS.length],
              random));
      plantedSources.add(source);
    }
    double[] millis = new double[queries];
    double[] cpuMillis = new double[queries];
    java.lang.management.ThreadMXBean threadBean =
        java.lang.management.ManagementFactory.getThreadMXBean();
    int[] found = new int[KINDS.length];
    int[] planted = new int[KINDS.length];
    for (Path essay : essays) { // warm-up
      overlap.check(index, essay.toString());
    }
    for (int q = 0; q < queries; q++) {
      long started = System.nanoTime();
      long cpuStarted = threadBean.getCurrentThreadCpuTime();
      CheckReport report = overlap.check(index, essays.get(q).toString());
      millis[q] = (System.nanoTime() - started) / 1e6;
      cpuMillis[q] = (threadBean.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
      String expected = String.format(Locale.ROOT, "doc%06d.txt", plantedSources.get(q));
      planted[q % KINDS.length]++;
      if (report.sources().stream().anyMatch(s -> s.path().endsWith(expected))) {
        found[q % KINDS.length]++;
      }
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    double[] recall = new double[KINDS.length];
    for (int k = 0; k < KINDS.length; k++) {
      recall[k] = planted[k] == 0 ? Double.NaN : (double) found[k] / planted[k];
    }
    return new Checks(millis, cpuMillis, recall, essays.get(0));
  }

  /**
   * Median wall time of three whole {@code java -jar overlap.jar check} calls, JVM start
   * included; with {@code cdsArchive}, through a class-data-sharing archive made by a first,
   * untimed call.
   */
  private double coldCheckMillis(Path indexPath, Path essay, Path cdsArchive) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    if (cdsArchive != null) {
      command.add("-XX:+AutoCreateSharedArchive");
      command.add("-XX:SharedArchiveFile=" + cdsArchive);
    }
    command.addAll(
        List.of("-jar", cliJar.toString(), "check", "--index", indexPath.toString(), "--format",
            "json", essay.toString()));
    double[] runs = new double[cdsArchive == null ? 3 : 4];
    for (int i = 0; i < runs.length; i++) {
      long started = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        int exit = process.waitFor();
        if (exit > 1) {
          throw new IOException("overlap check exited with " + exit);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      runs[i] = (System.nanoTime() - started) / 1e6;
    }
    double[] timed = Arrays.copyOfRange(runs, runs.length - 3, runs.length);
    Arrays.sort(timed);
    return timed[1];
  }

  /** The median over runs of one kind of thread's CPU seconds (0 for a run without it). */
  private static double medianOf(List<Map<String, Double>> runs, String kind) {
    return median(runs.stream().mapToDouble(run -> run.getOrDefault(kind, 0.0)).toArray());
  }

  /** Heap in use after a full collection, with the index still open. */
  @SuppressWarnings("DoNotCall")
  private static double liveHeapMegabytes() {
    java.lang.management.ManagementFactory.getMemoryMXBean().gc();
    return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()
        / 1048576.0;
  }

  private static long folderBytes(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      long total = 0;
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** Unseen text of about {@code essayWords} words with one 60–150-word passage of the source. */
  private Path writeEssay(
      Path dir,
      int q,
      int firstUnseen,
      String source,
      int essayWords,
      Obfuscation obfuscation,
      Random random)
      throws IOException {
    Path file = dir.resolve(String.format(Locale.ROOT, "essay%04d.txt", q));
    Files.writeString(
        file,
        plantedEssay(unseen, firstUnseen, source, essayWords, obfuscation, random),
        StandardCharsets.UTF_8);
    return file;
  }

  /** Documents of unseen text an essay of {@code essayWords} words may take (they have 100+). */
  public static int unseenPerEssay(int essayWords) {
    return essayWords / 100 + 1;
  }

  /**
   * An essay of about {@code essayWords} words: documents of {@code unseen} from {@code
   * firstUnseen} on (at most {@link #unseenPerEssay}; text never indexed, nor any copy of it),
   * with one 60–150-word passage of {@code source} in the middle.
   */
  public static String plantedEssay(
      List<String> documents, int firstUnseen, String source, int essayWords, Random random) {
    return plantedEssay(documents, firstUnseen, source, essayWords, Obfuscation.NONE, random);
  }

  /**
   * The same, the passage disguised by {@code obfuscation} (as {@code eval planted} does), with
   * replacement words drawn from the essay's own text.
   */
  public static String plantedEssay(
      List<String> documents,
      int firstUnseen,
      String source,
      int essayWords,
      Obfuscation obfuscation,
      Random random) {
    StringBuilder text = new StringBuilder();
    int unseen = firstUnseen;
    int last = firstUnseen + unseenPerEssay(essayWords);
    while (words(text) < essayWords / 2 && unseen < last) {
      text.append(documents.get(unseen++)).append("\n\n");
    }
    String[] sourceWords = source.split("\\s+");
    int length = Math.min(sourceWords.length, 60 + random.nextInt(91));
    int start = random.nextInt(Math.max(1, sourceWords.length - length));
    String passage = String.join(" ", Arrays.copyOfRange(sourceWords, start, start + length));
    if (obfuscation != Obfuscation.NONE) {
      java.util.Set<String> distinct = new java.util.LinkedHashSet<>(List.of(text.toString().split("[^\\p{L}]+")));
      distinct.remove("");
      List<String> vocabulary = new ArrayList<>(distinct);
      passage = obfuscation.disguise(passage, random, vocabulary);
    }
    text.append(passage).append("\n\n");
    while (words(text) < essayWords && unseen < last) {
      text.append(documents.get(unseen++)).append("\n\n");
    }
    return text.toString();
  }

  private static int words(CharSequence text) {
    return text.toString().split("\\s+").length;
  }

  /** The middle value (the mean of the two middle ones for an even count). */
  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
