package dev.overlap.bench;

import dev.overlap.clean.BoilerplateCleaner;
import dev.overlap.ingest.Essay;
import dev.overlap.ingest.EssayReader;
import dev.overlap.ingest.MediaType;
import dev.overlap.ingest.RefusedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * How fast pages are cleaned, on one thread: every page of a folder is read into memory first
 * (gzip-compressed pages too, as the benchmarks ship them), cleaned once to warm up, then cleaned
 * {@code passes} times with each page timed. Reading and decoding are not timed; cleaning (jsoup
 * parsing, segmentation, classification, smoothing) is.
 */
public final class CleaningBench {
  /** The pages of one folder, read and decoded. */
  public record Pages(String name, List<Essay> pages, long bytes, int refused) {}

  /**
   * One folder's figures.
   *
   * @param megabytes the pages' size as read (decompressed), in MB
   * @param pagesPerSecond pages cleaned per second on one thread (wall-clock time)
   * @param cpuPagesPerSecond pages cleaned per second of the cleaning thread's CPU time: what one
   *     core does, less sensitive to whatever else the machine runs (garbage collection, done by
   *     other threads, is not in it)
   */
  public record Result(
      String name,
      int pages,
      int refused,
      double megabytes,
      double pagesPerSecond,
      double cpuPagesPerSecond,
      double megabytesPerSecond,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double maxMillis) {}

  private final BoilerplateCleaner cleaner;

  public CleaningBench(BoilerplateCleaner cleaner) {
    this.cleaner = cleaner;
  }

  /**
   * Reads the pages under {@code folder} (HTML, text and Markdown, optionally {@code .gz}). Files
   * the reader refuses (empty, binary, too large) are counted, not cleaned.
   */
  public static Pages load(String name, Path folder, EssayReader reader) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Essay> pages = new ArrayList<>();
    long bytes = 0;
    int refused = 0;
    for (Path file : files) {
      boolean gzipped = file.getFileName().toString().endsWith(".gz");
      Path named = gzipped ? Path.of(file.toString().substring(0, file.toString().length() - 3)) : file;
      Optional<MediaType> type = MediaType.of(named);
      if (type.isEmpty() || type.get() == MediaType.DOCUMENT) {
        continue;
      }
      byte[] content;
      if (gzipped) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          content = in.readAllBytes();
        }
      } else {
        content = Files.readAllBytes(file);
      }
      try {
        pages.add(reader.decode(file.toString(), file.toString(), type.get(), content));
        bytes += content.length;
      } catch (RefusedInputException e) {
        refused++;
      }
    }
    return new Pages(name, pages, bytes, refused);
  }

  /** Cleans every page once unmeasured, then {@code passes} times measured. */
  public Result run(Pages set, int passes) {
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1, got " + passes);
    }
    long sink = 0;
    for (Essay page : set.pages()) {
      sink += cleaner.clean(page).blocks().size();
    }
    int n = set.pages().size();
    long[] nanos = new long[n * passes];
    long total = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStarted = threads.getCurrentThreadCpuTime();
    for (int pass = 0; pass < passes; pass++) {
      for (int i = 0; i < n; i++) {
        long start = System.nanoTime();
        sink += cleaner.clean(set.pages().get(i)).blocks().size();
        long took = System.nanoTime() - start;
        nanos[pass * n + i] = took;
        total += took;
      }
    }
    if (sink == Long.MIN_VALUE) {
      throw new AssertionError("unreachable: keeps the cleaning from being optimized away");
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
    Arrays.sort(nanos);
    double seconds = total / 1e9;
    double megabytes = set.bytes() / 1e6;
    return new Result(
        set.name(),
        n,
        set.refused(),
        megabytes,
        n == 0 ? 0 : n * passes / seconds,
        n == 0 || cpuSeconds <= 0 ? 0 : n * passes / cpuSeconds,
        n == 0 ? 0 : megabytes * passes / seconds,
        percentile(nanos, 0.50),
        percentile(nanos, 0.95),
        percentile(nanos, 0.99),
        nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
  }
}
