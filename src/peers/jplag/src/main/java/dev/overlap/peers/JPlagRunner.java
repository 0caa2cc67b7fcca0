package dev.overlap.peers;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.clustering.ClusteringOptions;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import de.jplag.options.SimilarityMetric;
import de.jplag.text.NaturalLanguage;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Runs JPlag 6 (text language) on new submissions against old ones, as JPlag's own CLI would
 * with clustering off, and writes every compared pair with any match: {@code first TAB second TAB
 * maximal similarity (0..1)}. Usage: {@code java -jar jplag-runner.jar NEW_DIR OLD_DIR|- OUT.tsv}
 * ({@code -}: no old submissions, every pair of new ones). Each file in a folder is one submission.
 */
public final class JPlagRunner {
  private JPlagRunner() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java -jar jplag-runner.jar NEW_DIR OLD_DIR|- OUT.tsv");
      System.exit(2);
    }
    JPlagOptions options =
        new JPlagOptions(
                new NaturalLanguage(),
                Set.of(new File(args[0])),
                args[1].equals("-") ? Set.of() : Set.of(new File(args[1])))
            .withClusteringOptions(new ClusteringOptions().withEnabled(false))
            .withSimilarityMetric(SimilarityMetric.MAX)
            .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
    JPlagResult result;
    try {
      result = JPlag.run(options);
    } catch (ExitException e) {
      System.err.println("JPlag: " + e.getMessage());
      System.exit(1);
      return;
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (JPlagComparison comparison : result.getAllComparisons()) {
        if (comparison.maximalSimilarity() > 0) {
          out.printf(
              Locale.ROOT,
              "%s\t%s\t%.4f%n",
              comparison.firstSubmission().getName(),
              comparison.secondSubmission().getName(),
              comparison.maximalSimilarity());
        }
      }
    }
  }
}
