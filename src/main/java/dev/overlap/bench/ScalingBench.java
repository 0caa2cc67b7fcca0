package dev.overlap.bench;

import dev.overlap.Overlap;
import dev.overlap.config.OverlapConfig;
import dev.overlap.index.EssayIndex;
import dev.overlap.index.IndexSummary;
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
import java.util.Random;

/**
 * How index and check time grow with corpus size. For each size: write that many real documents as
 * files, index them, then check essays made of unseen text with passages planted from indexed
 * documents; report index throughput, check latency (warm, in-process) and planted-passage recall.
 */
public final class ScalingBench {
  /** What one corpus size measured. */
  public record Row(
      int documents,
      double corpusMegabytes,
      double indexSeconds,
      double indexMegabytesPerSecond,
      double checkP50Millis,
      double checkP95Millis,
      double checkMeanMillis,
      double checkCpuP50Millis,
      double recall) {}

  private final Overlap overlap = new Overlap(OverlapConfig.DEFAULT);
  private final List<String> documents;
  private final int queries;
  private final int essayWords;
  private final long seed;

  public ScalingBench(List<String> documents, int queries, int essayWords, long seed) {
    this.documents = documents;
    this.queries = queries;
    this.essayWords = essayWords;
    this.seed = seed;
  }

  public List<Row> run(List<Integer> sizes, Path work, PrintWriter log) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(measure(size, work.resolve("size-" + size), log));
    }
    return rows;
  }

  private Row measure(int size, Path dir, PrintWriter log) throws IOException {
    if (size + queries * 4 > documents.size()) {
      throw new IllegalArgumentException(
          "size " + size + " needs " + (size + queries * 4) + " documents; the text has "
              + documents.size());
    }
    Random random = new Random(seed);
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    long bytes = 0;
    for (int i = 0; i < size; i++) {
      byte[] text = documents.get(i).getBytes(StandardCharsets.UTF_8);
      bytes += text.length;
      Files.write(corpus.resolve(String.format(Locale.ROOT, "doc%06d.txt", i)), text);
    }
    log.printf(Locale.ROOT, "size %d: indexing %.1f MB...%n", size, bytes / 1e6);
    log.flush();
    IndexSummary summary;
    try {
      summary = overlap.index(dir.resolve("index"), List.of(corpus.toString()), true, false, (d, t, c) -> {});
    } catch (RefusedInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    List<Path> essays = new ArrayList<>();
    List<Integer> plantedSources = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      int source = random.nextInt(size);
      essays.add(writeEssay(dir, q, size + q * 4, documents.get(source), random));
      plantedSources.add(source);
    }
    double[] millis = new double[queries];
    double[] cpuMillis = new double[queries];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int found = 0;
    try (EssayIndex index = overlap.openForChecking(dir.resolve("index"))) {
      for (Path essay : essays) { // warm-up
        overlap.check(index, essay.toString());
      }
      for (int q = 0; q < queries; q++) {
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        CheckReport report = overlap.check(index, essays.get(q).toString());
        millis[q] = (System.nanoTime() - started) / 1e6;
        cpuMillis[q] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
        String expected = String.format(Locale.ROOT, "doc%06d.txt", plantedSources.get(q));
        if (report.sources().stream().anyMatch(s -> s.path().endsWith(expected))) {
          found++;
        }
      }
    }
    Arrays.sort(millis);
    Arrays.sort(cpuMillis);
    double mean = Arrays.stream(millis).average().orElse(0);
    return new Row(
        size,
        bytes / 1e6,
        summary.seconds(),
        bytes / 1e6 / summary.seconds(),
        percentile(millis, 0.50),
        percentile(millis, 0.95),
        mean,
        percentile(cpuMillis, 0.50),
        (double) found / queries);
  }

  /** Unseen text of about {@code essayWords} words with one 60–150-word passage of the source. */
  private Path writeEssay(Path dir, int q, int firstUnseen, String source, Random random)
      throws IOException {
    StringBuilder text = new StringBuilder();
    int unseen = firstUnseen;
    while (words(text) < essayWords / 2) {
      text.append(documents.get(unseen++)).append("\n\n");
    }
    String[] sourceWords = source.split("\\s+");
    int length = Math.min(sourceWords.length, 60 + random.nextInt(91));
    int start = random.nextInt(Math.max(1, sourceWords.length - length));
    text.append(String.join(" ", Arrays.copyOfRange(sourceWords, start, start + length))).append("\n\n");
    while (words(text) < essayWords && unseen < firstUnseen + 4) {
      text.append(documents.get(unseen++)).append("\n\n");
    }
    Path file = dir.resolve(String.format(Locale.ROOT, "essay%04d.txt", q));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static int words(CharSequence text) {
    return text.toString().split("\\s+").length;
  }

  private static double percentile(double[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
